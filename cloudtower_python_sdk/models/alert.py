# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Alert(Model):
    """The Alert object of the CloudTower API.

    Fields: see docs/models/Alert.md.
    """
    __slots__ = ()
    alert_rule = F('alert_rule', 'NestedAlertRule', F.NULLABLE)
    cause = F('cause', 'str', F.REQUIRED)
    cluster = F('cluster', 'NestedCluster', F.NULLABLE)
    create_time = F('create_time', 'str', F.NULLABLE)
    disk = F('disk', 'NestedDisk', F.NULLABLE)
    ended = F('ended', 'bool', F.REQUIRED)
    host = F('host', 'NestedHost', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    impact = F('impact', 'str', F.REQUIRED)
    labels = F('labels', 'object', F.REQUIRED)
    local_create_time = F('local_create_time', 'str', F.REQUIRED)
    local_end_time = F('local_end_time', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    local_start_time = F('local_start_time', 'str', F.REQUIRED)
    local_update_time = F('local_update_time', 'str', F.REQUIRED)
    message = F('message', 'str', F.REQUIRED)
    severity = F('severity', 'str', F.REQUIRED)
    solution = F('solution', 'str', F.REQUIRED)
    threshold = F('threshold', 'float', F.REQUIRED)
    value = F('value', 'float', F.REQUIRED)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
