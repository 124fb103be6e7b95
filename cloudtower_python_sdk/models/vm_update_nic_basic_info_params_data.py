# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateNicBasicInfoParamsData(Model):
    """The VmUpdateNicBasicInfoParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateNicBasicInfoParamsData.md.
    """
    __slots__ = ()
    gateway = F('gateway', 'str')
    ip_address = F('ip_address', 'str')
    subnet_mask = F('subnet_mask', 'str')
