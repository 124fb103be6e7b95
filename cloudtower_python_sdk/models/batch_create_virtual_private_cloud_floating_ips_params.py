# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BatchCreateVirtualPrivateCloudFloatingIpsParams(Model):
    """The BatchCreateVirtualPrivateCloudFloatingIpsParams object of the CloudTower API.

    Fields: see docs/models/BatchCreateVirtualPrivateCloudFloatingIpsParams.md.
    """
    __slots__ = ()
    auto_allocate_number = F('auto_allocate_number', 'float')
    external_subnet_group_id = F('external_subnet_group_id', 'str')
    external_subnet_id = F('external_subnet_id', 'str')
    ip_addresses = F('ip_addresses', 'list[str]')
    ip_addresses_under_group = F('ip_addresses_under_group', 'list[list[VirtualPrivateCloudExternalIpsParams]]')
    vpc_id = F('vpc_id', 'str', F.REQUIRED)
