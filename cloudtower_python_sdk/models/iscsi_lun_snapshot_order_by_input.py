# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class IscsiLunSnapshotOrderByInput(Enum):
    """Values of IscsiLunSnapshotOrderByInput in the CloudTower API."""
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    UNIQUE_SIZE_ASC = 'unique_size_ASC'
    UNIQUE_SIZE_DESC = 'unique_size_DESC'
    allowable_values = ['entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'unique_size_ASC', 'unique_size_DESC']
