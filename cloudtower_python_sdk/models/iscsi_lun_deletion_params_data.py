# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiLunDeletionParamsData(Model):
    """The IscsiLunDeletionParamsData object of the CloudTower API.

    Fields: see docs/models/IscsiLunDeletionParamsData.md.
    """
    __slots__ = ()
    remove_snapshot = F('remove_snapshot', 'bool', F.REQUIRED)
