# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class Hypervisor(Enum):
    """Values of Hypervisor in the CloudTower API."""
    BLUESHARK = 'BLUESHARK'
    ELF = 'ELF'
    VMWARE = 'VMWARE'
    XENSERVER = 'XENSERVER'
    allowable_values = ['BLUESHARK', 'ELF', 'VMWARE', 'XENSERVER']
