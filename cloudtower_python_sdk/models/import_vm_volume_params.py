# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ImportVmVolumeParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
name str R
storage_policy VmVolumeElfStoragePolicyType R
upload_task_id str R
"""
