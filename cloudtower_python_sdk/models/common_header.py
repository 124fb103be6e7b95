# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class CommonHeader(Model):
    """The CommonHeader object of the CloudTower API.

    Fields: see docs/models/CommonHeader.md.
    """
    __slots__ = ()
    x_tower_request_id = F('x-tower-request-id', 'str', F.REQUIRED)
