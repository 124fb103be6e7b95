# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UpdateVpcNicPayloads(Model):
    __slots__ = ()
    _declared = """
floating_ip_id str N
ip_addresses list[str]
vpc_subnet_id str
"""
