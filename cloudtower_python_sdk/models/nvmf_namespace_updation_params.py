# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NvmfNamespaceUpdationParams(Model):
    """The NvmfNamespaceUpdationParams object of the CloudTower API.

    Fields: see docs/models/NvmfNamespaceUpdationParams.md.
    """
    __slots__ = ()
    data = F('data', 'NvmfNamespaceUpdationParamsData', F.REQUIRED)
    where = F('where', 'NvmfNamespaceWhereInput', F.REQUIRED)
