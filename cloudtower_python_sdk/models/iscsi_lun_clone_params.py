# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiLunCloneParams(Model):
    """The IscsiLunCloneParams object of the CloudTower API.

    Fields: see docs/models/IscsiLunCloneParams.md.
    """
    __slots__ = ()
    iscsi_target_id = F('iscsi_target_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    snapshot_id = F('snapshot_id', 'str', F.REQUIRED)
