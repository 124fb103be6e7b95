# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

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
