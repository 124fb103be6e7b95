# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityGroup(Model):
    _declared = """
description str NS
everoute_cluster NestedEverouteCluster R
id str RS
isolation_policies list[NestedIsolationPolicy] N
label_groups list[NestedLabelGroup] N
name str RS
security_policies list[NestedSecurityPolicy] N
vms list[NestedVm] N
"""
