# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityGroupCreateParams(Model):
    _declared = """
description str S
everoute_cluster_id str RS
label_groups list[LabelWhereInput]{1,}
name str{1,} RS
vms VmWhereInput
"""
