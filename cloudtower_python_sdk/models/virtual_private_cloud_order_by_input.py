# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudOrderByInput(Enum):
    """Values of VirtualPrivateCloudOrderByInput in the CloudTower API."""
    ASSOCIATE_EXTERNAL_SUBNET_NUM_ASC = 'associate_external_subnet_num_ASC'
    ASSOCIATE_EXTERNAL_SUBNET_NUM_DESC = 'associate_external_subnet_num_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MTU_ASC = 'mtu_ASC'
    MTU_DESC = 'mtu_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    allowable_values = ['associate_external_subnet_num_ASC', 'associate_external_subnet_num_DESC', 'description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'mtu_ASC', 'mtu_DESC', 'name_ASC', 'name_DESC']
