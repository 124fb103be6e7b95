# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DiskOperateModifyDisk(Model):
    _declared = """
bus Bus S
disk_index int RS
vm_volume_id str S
"""
