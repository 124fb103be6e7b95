# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudIsolationPolicy(Model):
    """The NestedVirtualPrivateCloudIsolationPolicy object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudIsolationPolicy.md.
    """
    __slots__ = ()
    id = F('id', 'str', F.REQUIRED)
    vm = F('vm', 'NestedVm', F.REQUIRED)
