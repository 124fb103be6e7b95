# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DiskOperateModifyDisk(Model):
    __slots__ = ()
    _declared = """
bus Bus
disk_index int R
vm_volume_id str
"""
