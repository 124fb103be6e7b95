# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DeployCloudTowerApplicationParams(Model):
    _declared = """
name str RS
targetPackage:target_package str RS
vmSpec:vm_spec ApplicationVmSpecDefinition R
"""
