# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VdsCreationParams(Model):
    """The VdsCreationParams object of the CloudTower API.

    Fields: see docs/models/VdsCreationParams.md.
    """
    __slots__ = ()
    bond_mode = F('bond_mode', 'str')
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nic_ids = F('nic_ids', 'list[str]', F.REQUIRED)
    work_mode = F('work_mode', 'str')
