# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BatchCreateVirtualPrivateCloudFloatingIpsParams(Model):
    __slots__ = ()
    _declared = """
auto_allocate_number float
external_subnet_group_id str
external_subnet_id str
ip_addresses list[str]
ip_addresses_under_group list[list[VirtualPrivateCloudExternalIpsParams]]
vpc_id str R
"""
