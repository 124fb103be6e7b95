# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteControllerTemplate(Model):
    __slots__ = ()
    _declared = """
cluster str R
gateway str R
memory int R
netmask str R
size int R
vcpu int R
"""
