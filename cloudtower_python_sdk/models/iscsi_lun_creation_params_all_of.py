# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiLunCreationParamsAllOf(Model):
    """The IscsiLunCreationParamsAllOf object of the CloudTower API.

    Fields: see docs/models/IscsiLunCreationParamsAllOf.md.
    """
    __slots__ = ()
    assigned_size = F('assigned_size', 'int', F.REQUIRED)
    assigned_size_unit = F('assigned_size_unit', 'ByteUnit')
    iscsi_target_id = F('iscsi_target_id', 'str', F.REQUIRED)
    lun_id = F('lun_id', 'int')
    name = F('name', 'str', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
