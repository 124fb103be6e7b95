# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteControllerTemplate(Model):
    _declared = """
cluster str RS
gateway str RS
memory int RS
netmask str RS
size int RS
vcpu int RS
"""
