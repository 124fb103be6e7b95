# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VpcNicParams(Model):
    _declared = """
floating_ip_id str S
ip_addresses list[str] S
vpc_id str RS
vpc_subnet_id str RS
"""
