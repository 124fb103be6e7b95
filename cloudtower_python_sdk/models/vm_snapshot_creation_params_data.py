# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmSnapshotCreationParamsData(Model):
    """The VmSnapshotCreationParamsData object of the CloudTower API.

    Fields: see docs/models/VmSnapshotCreationParamsData.md.
    """
    __slots__ = ()
    consistent_type = F('consistent_type', 'ConsistentType')
    name = F('name', 'str', F.REQUIRED)
    vm_id = F('vm_id', 'str', F.REQUIRED)
