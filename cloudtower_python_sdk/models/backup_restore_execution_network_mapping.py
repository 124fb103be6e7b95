# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestoreExecutionNetworkMapping(Model):
    __slots__ = ()
    _declared = """
__typename:typename str
dst_vlan_id str R
source BackupRestoreExecutionNetworkInformation N
src_vlan_id str R
target BackupRestoreExecutionNetworkInformation N
"""
