# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedSnapshotGroupVmInfo(Model):
    _declared = """
disks list[NestedSnapshotGroupVmDiskInfo] R
vm_id str RS
vm_name str RS
vm_snapshot_status ProtectSnapshotStatus RS
"""
