# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmFolderCreationParams(Model):
    """The VmFolderCreationParams object of the CloudTower API.

    Fields: see docs/models/VmFolderCreationParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
