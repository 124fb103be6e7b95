# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ApplicationVmSpecDefinition(Model):
    _declared = """
group str S
instances list[ApplicationVmSpec]
name str S
placement ApplicationVmSpecPlacement
template ApplicationVmSpec
vmAffinity:vm_affinity ApplicationVmSpecAffinityPolicy S
"""
