# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmVideoType(Enum):
    """Values of VmVideoType in the CloudTower API."""
    CIRRUS = 'CIRRUS'
    QXL = 'QXL'
    VGA = 'VGA'
    VIRTIO = 'VIRTIO'
    allowable_values = ['CIRRUS', 'QXL', 'VGA', 'VIRTIO']
