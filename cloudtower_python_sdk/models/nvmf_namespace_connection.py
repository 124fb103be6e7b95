# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NvmfNamespaceConnection(Model):
    """The NvmfNamespaceConnection object of the CloudTower API.

    Fields: see docs/models/NvmfNamespaceConnection.md.
    """
    __slots__ = ()
    aggregate = F('aggregate', 'NestedAggregateNvmfNamespace', F.REQUIRED)
