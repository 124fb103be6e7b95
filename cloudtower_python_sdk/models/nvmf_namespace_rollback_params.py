# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NvmfNamespaceRollbackParams(Model):
    """The NvmfNamespaceRollbackParams object of the CloudTower API.

    Fields: see docs/models/NvmfNamespaceRollbackParams.md.
    """
    __slots__ = ()
    namespace_id = F('namespace_id', 'str', F.REQUIRED)
    snapshot_id = F('snapshot_id', 'str', F.REQUIRED)
