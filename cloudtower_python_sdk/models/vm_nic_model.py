# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmNicModel(Enum):
    """Values of VmNicModel in the CloudTower API."""
    E1000 = 'E1000'
    SRIOV = 'SRIOV'
    VIRTIO = 'VIRTIO'
    allowable_values = ['E1000', 'SRIOV', 'VIRTIO']
