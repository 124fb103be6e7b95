# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityPolicyIngressEgressInput(Model):
    _declared = """
ports list[NetworkPolicyRulePortInput]
service_ids list[str] S
target SecurityPolicyIngressEgressInputTarget
type SecurityPolicyFlowControlType S
"""
