# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NetworkPolicyRuleService(Model):
    __slots__ = ()
    _declared = """
description str N
id str R
members list[NestedNetworkPolicyRulePort] R
name str R
preset bool R
"""
