# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class PartitionUsage(Enum):
    """Values of PartitionUsage in the CloudTower API."""
    BOOT = 'BOOT'
    CACHE = 'CACHE'
    EFI_SYSTEM = 'EFI_SYSTEM'
    JOURNAL = 'JOURNAL'
    METAD = 'METAD'
    PARTITION = 'PARTITION'
    SWAP = 'SWAP'
    SYSTEM = 'SYSTEM'
    UNMOUNTED = 'UNMOUNTED'
    UNPARTED = 'UNPARTED'
    ZOOKEEPER = 'ZOOKEEPER'
    allowable_values = ['BOOT', 'CACHE', 'EFI_SYSTEM', 'JOURNAL', 'METAD', 'PARTITION', 'SWAP', 'SYSTEM', 'UNMOUNTED', 'UNPARTED', 'ZOOKEEPER']
