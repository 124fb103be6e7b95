# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ElfDataStoreOrderByInput(Enum):
    """Values of ElfDataStoreOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    EXTERNAL_USE_ASC = 'external_use_ASC'
    EXTERNAL_USE_DESC = 'external_use_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INTERNAL_ASC = 'internal_ASC'
    INTERNAL_DESC = 'internal_DESC'
    IP_WHITELIST_ASC = 'ip_whitelist_ASC'
    IP_WHITELIST_DESC = 'ip_whitelist_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    REPLICA_NUM_ASC = 'replica_num_ASC'
    REPLICA_NUM_DESC = 'replica_num_DESC'
    THIN_PROVISION_ASC = 'thin_provision_ASC'
    THIN_PROVISION_DESC = 'thin_provision_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'external_use_ASC', 'external_use_DESC', 'id_ASC', 'id_DESC', 'internal_ASC', 'internal_DESC', 'ip_whitelist_ASC', 'ip_whitelist_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'replica_num_ASC', 'replica_num_DESC', 'thin_provision_ASC', 'thin_provision_DESC', 'type_ASC', 'type_DESC']
