# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmVolumeType(Enum):
    """Values of VmVolumeType in the CloudTower API."""
    VOLUME = 'KVM_VOLUME'
    VOLUME_ISCSI = 'KVM_VOLUME_ISCSI'
    allowable_values = ['KVM_VOLUME', 'KVM_VOLUME_ISCSI']
