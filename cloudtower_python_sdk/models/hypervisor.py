# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class Hypervisor(Enum):
    """Values of Hypervisor in the CloudTower API."""
    BLUESHARK = 'BLUESHARK'
    ELF = 'ELF'
    VMWARE = 'VMWARE'
    XENSERVER = 'XENSERVER'
    allowable_values = ['BLUESHARK', 'ELF', 'VMWARE', 'XENSERVER']
