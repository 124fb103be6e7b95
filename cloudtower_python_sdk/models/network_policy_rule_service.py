# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NetworkPolicyRuleService(Model):
    _declared = """
description str NS
id str RS
members list[NestedNetworkPolicyRulePort] R
name str RS
preset bool RS
"""
