# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmVolumeSnapshotType(Enum):
    """Values of VmVolumeSnapshotType in the CloudTower API."""
    ISCSI_SNAPSHOT = 'KVM_VOLUME_ISCSI_SNAPSHOT'
    SNAPSHOT = 'KVM_VOLUME_SNAPSHOT'
    allowable_values = ['KVM_VOLUME_ISCSI_SNAPSHOT', 'KVM_VOLUME_SNAPSHOT']
