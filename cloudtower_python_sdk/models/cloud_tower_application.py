# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CloudTowerApplication(Model):
    __slots__ = ()
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
instanceStatuses:instance_statuses object R
name str R
package NestedCloudTowerApplicationPackage N
placementSituation:placement_situation str N
placementVerb:placement_verb str N
resourceVersion:resource_version int R
state CloudTowerApplicationState N
targetPackage:target_package str R
user NestedUser N
vmSpec:vm_spec object R
"""
