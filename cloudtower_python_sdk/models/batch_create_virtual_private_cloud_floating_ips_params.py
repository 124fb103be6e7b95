# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BatchCreateVirtualPrivateCloudFloatingIpsParams(Model):
    _declared = """
auto_allocate_number float S
external_subnet_group_id str S
external_subnet_id str S
ip_addresses list[str] S
ip_addresses_under_group list[list[VirtualPrivateCloudExternalIpsParams]]
vpc_id str RS
"""
