# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestoreExecutionNetworkMapping(Model):
    _declared = """
__typename:typename str S
dst_vlan_id str RS
source BackupRestoreExecutionNetworkInformation N
src_vlan_id str RS
target BackupRestoreExecutionNetworkInformation N
"""
