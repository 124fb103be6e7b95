# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VdsUpdationParamsData(Model):
    """The VdsUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/VdsUpdationParamsData.md.
    """
    __slots__ = ()
    bond_mode = F('bond_mode', 'str')
    name = F('name', 'str')
    nic_ids = F('nicIds', 'list[str]')
    work_mode = F('work_mode', 'str')
