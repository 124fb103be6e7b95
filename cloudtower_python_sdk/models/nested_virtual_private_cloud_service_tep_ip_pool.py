# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudServiceTepIpPool(Model):
    _declared = """
display_name str RS
gateway str RS
ip_end str RS
ip_start str RS
netmask str RS
"""
