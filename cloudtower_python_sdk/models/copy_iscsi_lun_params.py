# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class CopyIscsiLunParams(Model):
    """The CopyIscsiLunParams object of the CloudTower API.

    Fields: see docs/models/CopyIscsiLunParams.md.
    """
    __slots__ = ()
    dest_iscsi_target_id = F('dest_iscsi_target_id', 'str')
    name = F('name', 'str', F.REQUIRED)
    src_lun_id = F('src_lun_id', 'str', F.REQUIRED)
