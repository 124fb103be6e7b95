# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiLunRollbackParams(Model):
    """The IscsiLunRollbackParams object of the CloudTower API.

    Fields: see docs/models/IscsiLunRollbackParams.md.
    """
    __slots__ = ()
    lun_id = F('lun_id', 'str', F.REQUIRED)
    snapshot_id = F('snapshot_id', 'str', F.REQUIRED)
