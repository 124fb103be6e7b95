# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NetworkType(Enum):
    """Values of NetworkType in the CloudTower API."""
    ACCESS = 'ACCESS'
    MANAGEMENT = 'MANAGEMENT'
    MIGRATION = 'MIGRATION'
    STORAGE = 'STORAGE'
    STORAGE_ACCESS = 'STORAGE_ACCESS'
    VM = 'VM'
    VPC_SYS = 'VPC_SYS'
    VPC_VM = 'VPC_VM'
    allowable_values = ['ACCESS', 'MANAGEMENT', 'MIGRATION', 'STORAGE', 'STORAGE_ACCESS', 'VM', 'VPC_SYS', 'VPC_VM']
