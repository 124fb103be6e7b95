# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmExportFileType(Enum):
    """Values of VmExportFileType in the CloudTower API."""
    OVF = 'OVF'
    QCOW2 = 'QCOW2'
    RAW = 'RAW'
    VMDK = 'VMDK'
    allowable_values = ['OVF', 'QCOW2', 'RAW', 'VMDK']
