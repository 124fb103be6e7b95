# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmAddNicParamsData(Model):
    """The VmAddNicParamsData object of the CloudTower API.

    Fields: see docs/models/VmAddNicParamsData.md.
    """
    __slots__ = ()
    vm_nics = F('vm_nics', 'list[VmNicParams]', F.REQUIRED)
