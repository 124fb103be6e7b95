# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class Bus(Enum):
    """Values of Bus in the CloudTower API."""
    IDE = 'IDE'
    SCSI = 'SCSI'
    USB = 'USB'
    VIRTIO = 'VIRTIO'
    allowable_values = ['IDE', 'SCSI', 'USB', 'VIRTIO']
