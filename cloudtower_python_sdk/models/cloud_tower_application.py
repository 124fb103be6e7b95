# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class CloudTowerApplication(Model):
    """The CloudTowerApplication object of the CloudTower API.

    Fields: see docs/models/CloudTowerApplication.md.
    """
    __slots__ = ()
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    instance_statuses = F('instanceStatuses', 'object', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    package = F('package', 'NestedCloudTowerApplicationPackage', F.NULLABLE)
    placement_situation = F('placementSituation', 'str', F.NULLABLE)
    placement_verb = F('placementVerb', 'str', F.NULLABLE)
    resource_version = F('resourceVersion', 'int', F.REQUIRED)
    state = F('state', 'CloudTowerApplicationState', F.NULLABLE)
    target_package = F('targetPackage', 'str', F.REQUIRED)
    user = F('user', 'NestedUser', F.NULLABLE)
    vm_spec = F('vmSpec', 'object', F.REQUIRED)
