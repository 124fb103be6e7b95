# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ImportVmVolumeParams(Model):
    _declared = """
cluster_id str RS
name str RS
storage_policy VmVolumeElfStoragePolicyType RS
upload_task_id str RS
"""
