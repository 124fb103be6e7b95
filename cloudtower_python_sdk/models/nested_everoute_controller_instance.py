# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteControllerInstance(Model):
    _declared = """
ipAddr:ip_addr str RS
vlan str RS
"""
