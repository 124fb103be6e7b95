# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Application(Model):
    """The Application object of the CloudTower API.

    Fields: see docs/models/Application.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    error_message = F('error_message', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    image_name = F('image_name', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    memory = F('memory', 'int', F.REQUIRED)
    state = F('state', 'ApplicationState', F.REQUIRED)
    storage_ip = F('storage_ip', 'str', F.REQUIRED)
    type = F('type', 'ApplicationType', F.REQUIRED)
    update_time = F('update_time', 'str', F.NULLABLE)
    vcpu = F('vcpu', 'int', F.REQUIRED)
    version = F('version', 'str', F.REQUIRED)
    vm = F('vm', 'NestedVm', F.NULLABLE)
    volume_size = F('volume_size', 'int', F.REQUIRED)
