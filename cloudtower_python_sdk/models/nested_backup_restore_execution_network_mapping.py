# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedBackupRestoreExecutionNetworkMapping(Model):
    __slots__ = ()
    _declared = """
dst_vlan_id str R
src_vlan_id str R
"""
