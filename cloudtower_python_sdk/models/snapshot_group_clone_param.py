# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnapshotGroupCloneParam(Model):
    """The SnapshotGroupCloneParam object of the CloudTower API.

    Fields: see docs/models/SnapshotGroupCloneParam.md.
    """
    __slots__ = ()
    from_source_vm_id = F('from_source_vm_id', 'str', F.REQUIRED)
    to_cloned_vm_name = F('to_cloned_vm_name', 'str', F.REQUIRED)
