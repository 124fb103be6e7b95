# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class RoleCreationParams(Model):
    """The RoleCreationParams object of the CloudTower API.

    Fields: see docs/models/RoleCreationParams.md.
    """
    __slots__ = ()
    actions = F('actions', 'list[ROLEACTION]', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
