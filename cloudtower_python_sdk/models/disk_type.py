# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class DiskType(Enum):
    """Values of DiskType in the CloudTower API."""
    HDD = 'HDD'
    NVME_SSD = 'NVMe_SSD'
    PMEM = 'PMem'
    SATA_OR_SAS_SSD = 'SATA_OR_SAS_SSD'
    SSD = 'SSD'
    allowable_values = ['HDD', 'NVMe_SSD', 'PMem', 'SATA_OR_SAS_SSD', 'SSD']
