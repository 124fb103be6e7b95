# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupRestoreExecutionNetworkInformation(Model):
    """The BackupRestoreExecutionNetworkInformation object of the CloudTower API.

    Fields: see docs/models/BackupRestoreExecutionNetworkInformation.md.
    """
    __slots__ = ()
    typename = F('__typename', 'str')
    type = F('type', 'VmNicType', F.NULLABLE)
    vlan_local_id = F('vlan_local_id', 'str', F.NULLABLE)
    vpc_local_id = F('vpc_local_id', 'str', F.NULLABLE)
    vpc_subnet_local_id = F('vpc_subnet_local_id', 'str', F.NULLABLE)
