# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityPolicy(Model):
    __slots__ = ()
    _declared = """
apply_to list[NestedVirtualPrivateCloudSecurityPolicyApply] R
description str N
egress list[NestedVirtualPrivateCloudNetworkPolicyRule] N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
ingress list[NestedVirtualPrivateCloudNetworkPolicyRule] N
local_id str R
name str R
policy_mode VirtualPrivateCloudSecurityPolicyMode N
vpc NestedVirtualPrivateCloud R
"""
