# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ApplicationVmSpecDefinition(Model):
    __slots__ = ()
    _declared = """
group str
instances list[ApplicationVmSpec]
name str
placement ApplicationVmSpecPlacement
template ApplicationVmSpec
vmAffinity:vm_affinity ApplicationVmSpecAffinityPolicy
"""
