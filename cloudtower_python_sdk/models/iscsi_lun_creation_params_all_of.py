# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLunCreationParamsAllOf(Model):
    _declared = """
assigned_size int RS
assigned_size_unit ByteUnit S
iscsi_target_id str RS
lun_id int S
name str RS
replica_num int RS
"""
