# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudEdgeGatewayOrderByInput(Enum):
    """Values of VirtualPrivateCloudEdgeGatewayOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'name_ASC', 'name_DESC', 'status_ASC', 'status_DESC']
