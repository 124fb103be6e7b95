# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CloudTowerApplication(Model):
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
instanceStatuses:instance_statuses object RS
name str RS
package NestedCloudTowerApplicationPackage N
placementSituation:placement_situation str NS
placementVerb:placement_verb str NS
resourceVersion:resource_version int RS
state CloudTowerApplicationState NS
targetPackage:target_package str RS
user NestedUser N
vmSpec:vm_spec object RS
"""
