# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ClusterType(Enum):
    """Values of ClusterType in the CloudTower API."""
    BLUESHARK = 'BLUESHARK'
    SMTX_ELF = 'SMTX_ELF'
    SMTX_OS = 'SMTX_OS'
    SMTX_ZBS = 'SMTX_ZBS'
    allowable_values = ['BLUESHARK', 'SMTX_ELF', 'SMTX_OS', 'SMTX_ZBS']
