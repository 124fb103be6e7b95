# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudSecurityGroupOrderByInput(Enum):
    """Values of VirtualPrivateCloudSecurityGroupOrderByInput in the CloudTower API."""
    DEFAULT_FOR_VPC_ASC = 'default_for_vpc_ASC'
    DEFAULT_FOR_VPC_DESC = 'default_for_vpc_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LABEL_GROUPS_ASC = 'label_groups_ASC'
    LABEL_GROUPS_DESC = 'label_groups_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    allowable_values = ['default_for_vpc_ASC', 'default_for_vpc_DESC', 'description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'label_groups_ASC', 'label_groups_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC']
