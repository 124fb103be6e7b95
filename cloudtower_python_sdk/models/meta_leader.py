# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MetaLeader(Model):
    """The MetaLeader object of the CloudTower API.

    Fields: see docs/models/MetaLeader.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    meta_leader = F('meta_leader', 'str', F.REQUIRED)
