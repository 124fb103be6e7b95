# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedBackupRestoreExecutionNetworkMapping(Model):
    """The NestedBackupRestoreExecutionNetworkMapping object of the CloudTower API.

    Fields: see docs/models/NestedBackupRestoreExecutionNetworkMapping.md.
    """
    __slots__ = ()
    dst_vlan_id = F('dst_vlan_id', 'str', F.REQUIRED)
    src_vlan_id = F('src_vlan_id', 'str', F.REQUIRED)
