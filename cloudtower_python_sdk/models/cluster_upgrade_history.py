# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterUpgradeHistory(Model):
    """The ClusterUpgradeHistory object of the CloudTower API.

    Fields: see docs/models/ClusterUpgradeHistory.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    date = F('date', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    progress = F('progress', 'object', F.REQUIRED)
    result = F('result', 'str', F.REQUIRED)
    task_uuid = F('task_uuid', 'str', F.REQUIRED)
    version = F('version', 'str', F.REQUIRED)
