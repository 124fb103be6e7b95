# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudExternalSubnetGroupOrderByInput(Enum):
    """Values of VirtualPrivateCloudExternalSubnetGroupOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    EXCLUSIVE_ASC = 'exclusive_ASC'
    EXCLUSIVE_DESC = 'exclusive_DESC'
    EXTERNAL_SUBNETS_SPEC_ASC = 'external_subnets_spec_ASC'
    EXTERNAL_SUBNETS_SPEC_DESC = 'external_subnets_spec_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    SHARED_IN_EDGE_GATEWAY_GROUP_ASC = 'shared_in_edge_gateway_group_ASC'
    SHARED_IN_EDGE_GATEWAY_GROUP_DESC = 'shared_in_edge_gateway_group_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'exclusive_ASC', 'exclusive_DESC', 'external_subnets_spec_ASC', 'external_subnets_spec_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'shared_in_edge_gateway_group_ASC', 'shared_in_edge_gateway_group_DESC']
