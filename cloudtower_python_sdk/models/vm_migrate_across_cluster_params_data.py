# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmMigrateAcrossClusterParamsData(Model):
    """The VmMigrateAcrossClusterParamsData object of the CloudTower API.

    Fields: see docs/models/VmMigrateAcrossClusterParamsData.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    host_id = F('host_id', 'str')
    vm_config = F('vm_config', 'MigrateVmConfig', F.REQUIRED)
