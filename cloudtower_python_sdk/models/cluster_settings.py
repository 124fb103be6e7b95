# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterSettings(Model):
    """The ClusterSettings object of the CloudTower API.

    Fields: see docs/models/ClusterSettings.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    default_ha = F('default_ha', 'bool', F.NULLABLE)
    default_storage_policy = F('default_storage_policy', 'VmVolumeElfStoragePolicyType', F.NULLABLE)
    enabled_iscsi = F('enabled_iscsi', 'bool', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    vm_recycle_bin = F('vm_recycle_bin', 'NestedVmRecycleBin', F.NULLABLE)
