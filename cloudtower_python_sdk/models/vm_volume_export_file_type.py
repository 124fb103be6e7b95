# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmVolumeExportFileType(Enum):
    """Values of VmVolumeExportFileType in the CloudTower API."""
    QCOW2 = 'QCOW2'
    RAW = 'RAW'
    allowable_values = ['QCOW2', 'RAW']
