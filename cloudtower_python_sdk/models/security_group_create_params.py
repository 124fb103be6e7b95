# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityGroupCreateParams(Model):
    __slots__ = ()
    _declared = """
description str
everoute_cluster_id str R
label_groups list[LabelWhereInput]
name str R
vms VmWhereInput
"""
