# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ViewUpdationParamsData(Model):
    """The ViewUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/ViewUpdationParamsData.md.
    """
    __slots__ = ()
    name = F('name', 'str')
    time_span = F('time_span', 'int')
    time_unit = F('time_unit', 'TimeUnit')
