# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudCreationParams(Model):
    _declared = """
description str S
mtu int S
name str RS
vpc_service_id str RS
"""
