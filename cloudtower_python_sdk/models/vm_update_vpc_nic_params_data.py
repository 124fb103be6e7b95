# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateVpcNicParamsData(Model):
    """The VmUpdateVpcNicParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateVpcNicParamsData.md.
    """
    __slots__ = ()
    vpc_nic = F('vpc_nic', 'UpdateVpcNicPayloads', F.REQUIRED)
