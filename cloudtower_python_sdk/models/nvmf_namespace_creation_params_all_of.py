# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespaceCreationParamsAllOf(Model):
    __slots__ = ()
    _declared = """
assigned_size int R
assigned_size_unit ByteUnit
group_id str
is_shared bool
name str R
namespace_id int
nvmf_subsystem_id str R
replica_num int R
"""
