# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmRollbackParamsData(Model):
    """The VmRollbackParamsData object of the CloudTower API.

    Fields: see docs/models/VmRollbackParamsData.md.
    """
    __slots__ = ()
    snapshot_id = F('snapshot_id', 'str', F.REQUIRED)
