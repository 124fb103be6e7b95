# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespaceCreationParamsAllOf(Model):
    _declared = """
assigned_size int RS
assigned_size_unit ByteUnit S
group_id str S
is_shared bool S
name str RS
namespace_id int S
nvmf_subsystem_id str RS
replica_num int RS
"""
