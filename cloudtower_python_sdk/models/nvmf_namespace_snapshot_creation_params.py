# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NvmfNamespaceSnapshotCreationParams(Model):
    """The NvmfNamespaceSnapshotCreationParams object of the CloudTower API.

    Fields: see docs/models/NvmfNamespaceSnapshotCreationParams.md.
    """
    __slots__ = ()
    name = F('name', 'str', F.REQUIRED)
    nvmf_namespace_id = F('nvmf_namespace_id', 'str', F.REQUIRED)
    nvmf_subsystem_id = F('nvmf_subsystem_id', 'str', F.REQUIRED)
