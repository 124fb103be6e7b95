# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedTemplateVpcNic(Model):
    _declared = """
use_floating_ip bool RS
vpc_local_id str RS
vpc_subnet_local_id str RS
"""
