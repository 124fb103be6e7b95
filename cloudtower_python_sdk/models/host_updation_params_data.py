# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class HostUpdationParamsData(Model):
    """The HostUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/HostUpdationParamsData.md.
    """
    __slots__ = ()
    ipmi = F('ipmi', 'HostBatchCreateIpmiInput')
    name = F('name', 'str')
    scvm_name = F('scvm_name', 'str')
