# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class CloudTowerApplicationOrderByInput(Enum):
    """Values of CloudTowerApplicationOrderByInput in the CloudTower API."""
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INSTANCESTATUSES_ASC = 'instanceStatuses_ASC'
    INSTANCESTATUSES_DESC = 'instanceStatuses_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PLACEMENTSITUATION_ASC = 'placementSituation_ASC'
    PLACEMENTSITUATION_DESC = 'placementSituation_DESC'
    PLACEMENTVERB_ASC = 'placementVerb_ASC'
    PLACEMENTVERB_DESC = 'placementVerb_DESC'
    RESOURCEVERSION_ASC = 'resourceVersion_ASC'
    RESOURCEVERSION_DESC = 'resourceVersion_DESC'
    STATE_ASC = 'state_ASC'
    STATE_DESC = 'state_DESC'
    TARGETPACKAGE_ASC = 'targetPackage_ASC'
    TARGETPACKAGE_DESC = 'targetPackage_DESC'
    VMSPEC_ASC = 'vmSpec_ASC'
    VMSPEC_DESC = 'vmSpec_DESC'
    allowable_values = ['entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'instanceStatuses_ASC', 'instanceStatuses_DESC', 'name_ASC', 'name_DESC', 'placementSituation_ASC', 'placementSituation_DESC', 'placementVerb_ASC', 'placementVerb_DESC', 'resourceVersion_ASC', 'resourceVersion_DESC', 'state_ASC', 'state_DESC', 'targetPackage_ASC', 'targetPackage_DESC', 'vmSpec_ASC', 'vmSpec_DESC']
