# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NvmfNamespaceCloneParams(Model):
    """The NvmfNamespaceCloneParams object of the CloudTower API.

    Fields: see docs/models/NvmfNamespaceCloneParams.md.
    """
    __slots__ = ()
    name = F('name', 'str', F.REQUIRED)
    namespace_group_id = F('namespace_group_id', 'str')
    nvmf_subsystem_id = F('nvmf_subsystem_id', 'str', F.REQUIRED)
    snapshot_id = F('snapshot_id', 'str', F.REQUIRED)
