# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityPolicy(Model):
    _declared = """
apply_to list[NestedVirtualPrivateCloudSecurityPolicyApply] R
description str NS
egress list[NestedVirtualPrivateCloudNetworkPolicyRule] N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
ingress list[NestedVirtualPrivateCloudNetworkPolicyRule] N
local_id str RS
name str RS
policy_mode VirtualPrivateCloudSecurityPolicyMode NS
vpc NestedVirtualPrivateCloud R
"""
