# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmRemoveNicParamsData(Model):
    """The VmRemoveNicParamsData object of the CloudTower API.

    Fields: see docs/models/VmRemoveNicParamsData.md.
    """
    __slots__ = ()
    nic_index = F('nic_index', 'list[int]', F.REQUIRED)
