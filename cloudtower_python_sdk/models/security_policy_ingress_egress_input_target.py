# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityPolicyIngressEgressInputTarget(Model):
    _declared = """
ips list[IPSecurityPolicy]
label_groups list[LabelWhereInput]
security_groups SecurityGroupWhereInput
"""
