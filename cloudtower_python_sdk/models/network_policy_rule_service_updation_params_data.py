# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NetworkPolicyRuleServiceUpdationParamsData(Model):
    _declared = """
description str S
members list[NetworkPolicyRuleServiceMemberParams]
name str S
"""
