# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVpcRouterGatewayRuleType(Model):
    _declared = """
dst str RS
nexthop str NS
nexthops list[NestedVpcRouterGatewayRuleNextHopsItemType] N
"""
