# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class Bus(Enum):
    """Values of Bus in the CloudTower API."""
    IDE = 'IDE'
    SCSI = 'SCSI'
    USB = 'USB'
    VIRTIO = 'VIRTIO'
    allowable_values = ['IDE', 'SCSI', 'USB', 'VIRTIO']
