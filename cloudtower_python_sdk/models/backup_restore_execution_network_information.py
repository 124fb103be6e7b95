# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestoreExecutionNetworkInformation(Model):
    __slots__ = ()
    _declared = """
__typename:typename str
type VmNicType N
vlan_local_id str N
vpc_local_id str N
vpc_subnet_local_id str N
"""
