# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVpcSubnetIpPooType(Model):
    """The NestedVpcSubnetIpPooType object of the CloudTower API.

    Fields: see docs/models/NestedVpcSubnetIpPooType.md.
    """
    __slots__ = ()
    end = F('end', 'str', F.REQUIRED)
    start = F('start', 'str', F.REQUIRED)
