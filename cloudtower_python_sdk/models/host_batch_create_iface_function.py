# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class HostBatchCreateIfaceFunction(Enum):
    """Values of HostBatchCreateIfaceFunction in the CloudTower API."""
    ACCESS = 'ACCESS'
    MANAGEMENT = 'MANAGEMENT'
    MIGRATION = 'MIGRATION'
    STORAGE = 'STORAGE'
    VMWARE_ACCESS = 'VMWARE_ACCESS'
    allowable_values = ['ACCESS', 'MANAGEMENT', 'MIGRATION', 'STORAGE', 'VMWARE_ACCESS']
