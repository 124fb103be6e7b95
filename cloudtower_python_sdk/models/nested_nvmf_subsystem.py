# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedNvmfSubsystem(Model):
    """The NestedNvmfSubsystem object of the CloudTower API.

    Fields: see docs/models/NestedNvmfSubsystem.md.
    """
    __slots__ = ()
    id = F('id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
