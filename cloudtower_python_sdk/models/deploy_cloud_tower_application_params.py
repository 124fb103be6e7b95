# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DeployCloudTowerApplicationParams(Model):
    __slots__ = ()
    _declared = """
name str R
targetPackage:target_package str R
vmSpec:vm_spec ApplicationVmSpecDefinition R
"""
