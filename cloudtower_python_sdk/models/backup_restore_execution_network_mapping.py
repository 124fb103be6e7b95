# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupRestoreExecutionNetworkMapping(Model):
    """The BackupRestoreExecutionNetworkMapping object of the CloudTower API.

    Fields: see docs/models/BackupRestoreExecutionNetworkMapping.md.
    """
    __slots__ = ()
    typename = F('__typename', 'str')
    dst_vlan_id = F('dst_vlan_id', 'str', F.REQUIRED)
    source = F('source', 'BackupRestoreExecutionNetworkInformation', F.NULLABLE)
    src_vlan_id = F('src_vlan_id', 'str', F.REQUIRED)
    target = F('target', 'BackupRestoreExecutionNetworkInformation', F.NULLABLE)
