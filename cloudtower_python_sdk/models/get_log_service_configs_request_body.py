# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GetLogServiceConfigsRequestBody(Model):
    """The GetLogServiceConfigsRequestBody object of the CloudTower API.

    Fields: see docs/models/GetLogServiceConfigsRequestBody.md.
    """
    __slots__ = ()
    input = F('input', 'LogServiceConfigsInput', F.REQUIRED)
