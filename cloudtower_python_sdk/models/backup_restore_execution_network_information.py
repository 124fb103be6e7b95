# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestoreExecutionNetworkInformation(Model):
    _declared = """
__typename:typename str S
type VmNicType NS
vlan_local_id str NS
vpc_local_id str NS
vpc_subnet_local_id str NS
"""
