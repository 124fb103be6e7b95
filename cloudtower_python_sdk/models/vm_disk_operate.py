# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmDiskOperate(Model):
    _declared = """
modify_disks list[DiskOperateModifyDisk]
new_disks VmDiskParams
remove_disks VmDiskOperateRemoveDisks
"""
