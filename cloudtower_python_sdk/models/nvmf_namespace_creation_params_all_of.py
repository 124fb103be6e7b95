# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NvmfNamespaceCreationParamsAllOf(Model):
    """The NvmfNamespaceCreationParamsAllOf object of the CloudTower API.

    Fields: see docs/models/NvmfNamespaceCreationParamsAllOf.md.
    """
    __slots__ = ()
    assigned_size = F('assigned_size', 'int', F.REQUIRED)
    assigned_size_unit = F('assigned_size_unit', 'ByteUnit')
    group_id = F('group_id', 'str')
    is_shared = F('is_shared', 'bool')
    name = F('name', 'str', F.REQUIRED)
    namespace_id = F('namespace_id', 'int')
    nvmf_subsystem_id = F('nvmf_subsystem_id', 'str', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
