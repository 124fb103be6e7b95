# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmVideoType(Enum):
    """Values of VmVideoType in the CloudTower API."""
    CIRRUS = 'CIRRUS'
    QXL = 'QXL'
    VGA = 'VGA'
    VIRTIO = 'VIRTIO'
    allowable_values = ['CIRRUS', 'QXL', 'VGA', 'VIRTIO']
