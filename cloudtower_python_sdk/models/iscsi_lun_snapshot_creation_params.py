# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiLunSnapshotCreationParams(Model):
    """The IscsiLunSnapshotCreationParams object of the CloudTower API.

    Fields: see docs/models/IscsiLunSnapshotCreationParams.md.
    """
    __slots__ = ()
    effect = F('effect', 'IscsiLunSnapshotCreationEffect')
    iscsi_lun_id = F('iscsi_lun_id', 'str', F.REQUIRED)
    iscsi_target_id = F('iscsi_target_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
