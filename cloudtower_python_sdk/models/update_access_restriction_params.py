# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdateAccessRestrictionParams(Model):
    """The UpdateAccessRestrictionParams object of the CloudTower API.

    Fields: see docs/models/UpdateAccessRestrictionParams.md.
    """
    __slots__ = ()
    access_list = F('access_list', 'list[str]', F.REQUIRED)
    access_mode = F('access_mode', 'AccessMode', F.REQUIRED)
