# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ElfImageOrderByInput(Enum):
    """Values of ElfImageOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
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
    PATH_ASC = 'path_ASC'
    PATH_DESC = 'path_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'path_ASC', 'path_DESC', 'size_ASC', 'size_DESC']
