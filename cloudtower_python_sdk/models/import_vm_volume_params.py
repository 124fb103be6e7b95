# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ImportVmVolumeParams(Model):
    """The ImportVmVolumeParams object of the CloudTower API.

    Fields: see docs/models/ImportVmVolumeParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    storage_policy = F('storage_policy', 'VmVolumeElfStoragePolicyType', F.REQUIRED)
    upload_task_id = F('upload_task_id', 'str', F.REQUIRED)
