# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedSnapshotGroupVmInfo(Model):
    __slots__ = ()
    _declared = """
disks list[NestedSnapshotGroupVmDiskInfo] R
vm_id str R
vm_name str R
vm_snapshot_status ProtectSnapshotStatus R
"""
