# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudServiceTepIpPool(Model):
    __slots__ = ()
    _declared = """
display_name str R
gateway str R
ip_end str R
ip_start str R
netmask str R
"""
