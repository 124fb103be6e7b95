# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdateVpcNicPayloads(Model):
    """The UpdateVpcNicPayloads object of the CloudTower API.

    Fields: see docs/models/UpdateVpcNicPayloads.md.
    """
    __slots__ = ()
    floating_ip_id = F('floating_ip_id', 'str', F.NULLABLE)
    ip_addresses = F('ip_addresses', 'list[str]')
    vpc_subnet_id = F('vpc_subnet_id', 'str')
