# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedTemplateVpcNic(Model):
    """The NestedTemplateVpcNic object of the CloudTower API.

    Fields: see docs/models/NestedTemplateVpcNic.md.
    """
    __slots__ = ()
    use_floating_ip = F('use_floating_ip', 'bool', F.REQUIRED)
    vpc_local_id = F('vpc_local_id', 'str', F.REQUIRED)
    vpc_subnet_local_id = F('vpc_subnet_local_id', 'str', F.REQUIRED)
