# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedReplicationIPAddressMapping(Model):
    """The NestedReplicationIPAddressMapping object of the CloudTower API.

    Fields: see docs/models/NestedReplicationIPAddressMapping.md.
    """
    __slots__ = ()
    source = F('source', 'NestedReplicationNetworkConfigure', F.REQUIRED)
    target = F('target', 'NestedReplicationNetworkConfigure', F.REQUIRED)
