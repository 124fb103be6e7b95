# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLunCreationParamsAllOf(Model):
    __slots__ = ()
    _declared = """
assigned_size int R
assigned_size_unit ByteUnit
iscsi_target_id str R
lun_id int
name str R
replica_num int R
"""
