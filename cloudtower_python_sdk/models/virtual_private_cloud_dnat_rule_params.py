# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudDnatRuleParams(Model):
    __slots__ = ()
    _declared = """
port int R
target_ip str R
target_port int R
"""
