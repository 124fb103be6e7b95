# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ElfStoragePolicyOrderByInput(Enum):
    """Values of ElfStoragePolicyOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    REPLICA_NUM_ASC = 'replica_num_ASC'
    REPLICA_NUM_DESC = 'replica_num_DESC'
    STRIPE_NUM_ASC = 'stripe_num_ASC'
    STRIPE_NUM_DESC = 'stripe_num_DESC'
    STRIPE_SIZE_ASC = 'stripe_size_ASC'
    STRIPE_SIZE_DESC = 'stripe_size_DESC'
    THIN_PROVISION_ASC = 'thin_provision_ASC'
    THIN_PROVISION_DESC = 'thin_provision_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'replica_num_ASC', 'replica_num_DESC', 'stripe_num_ASC', 'stripe_num_DESC', 'stripe_size_ASC', 'stripe_size_DESC', 'thin_provision_ASC', 'thin_provision_DESC']
