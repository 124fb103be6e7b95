# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ElfDataStoreType(Enum):
    """Values of ElfDataStoreType in the CloudTower API."""
    ISCSI = 'ISCSI'
    NFS = 'NFS'
    NVME = 'NVMe'
    allowable_values = ['ISCSI', 'NFS', 'NVMe']
