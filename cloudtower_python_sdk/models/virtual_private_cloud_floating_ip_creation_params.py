# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudFloatingIpCreationParams(Model):
    __slots__ = ()
    _declared = """
external_ip str
external_subnet_id str R
vpc_id str R
"""
