# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudFloatingIpCreationParams(Model):
    _declared = """
external_ip str S
external_subnet_id str RS
vpc_id str RS
"""
