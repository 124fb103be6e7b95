# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmAddFolderParamsData(Model):
    """The VmAddFolderParamsData object of the CloudTower API.

    Fields: see docs/models/VmAddFolderParamsData.md.
    """
    __slots__ = ()
    folder_id = F('folder_id', 'str', F.REQUIRED)
