# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmVolumeOrderByInput(Enum):
    """Values of VmVolumeOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ELF_STORAGE_POLICY_ASC = 'elf_storage_policy_ASC'
    ELF_STORAGE_POLICY_DESC = 'elf_storage_policy_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    GUEST_SIZE_USAGE_ASC = 'guest_size_usage_ASC'
    GUEST_SIZE_USAGE_DESC = 'guest_size_usage_DESC'
    GUEST_USED_SIZE_ASC = 'guest_used_size_ASC'
    GUEST_USED_SIZE_DESC = 'guest_used_size_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MOUNTING_ASC = 'mounting_ASC'
    MOUNTING_DESC = 'mounting_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PATH_ASC = 'path_ASC'
    PATH_DESC = 'path_DESC'
    SHARING_ASC = 'sharing_ASC'
    SHARING_DESC = 'sharing_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    UNIQUE_LOGICAL_SIZE_ASC = 'unique_logical_size_ASC'
    UNIQUE_LOGICAL_SIZE_DESC = 'unique_logical_size_DESC'
    UNIQUE_SIZE_ASC = 'unique_size_ASC'
    UNIQUE_SIZE_DESC = 'unique_size_DESC'
    USED_SIZE_ASC = 'used_size_ASC'
    USED_SIZE_DESC = 'used_size_DESC'
    USED_SIZE_USAGE_ASC = 'used_size_usage_ASC'
    USED_SIZE_USAGE_DESC = 'used_size_usage_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'elf_storage_policy_ASC', 'elf_storage_policy_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'guest_size_usage_ASC', 'guest_size_usage_DESC', 'guest_used_size_ASC', 'guest_used_size_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'mounting_ASC', 'mounting_DESC', 'name_ASC', 'name_DESC', 'path_ASC', 'path_DESC', 'sharing_ASC', 'sharing_DESC', 'size_ASC', 'size_DESC', 'type_ASC', 'type_DESC', 'unique_logical_size_ASC', 'unique_logical_size_DESC', 'unique_size_ASC', 'unique_size_DESC', 'used_size_ASC', 'used_size_DESC', 'used_size_usage_ASC', 'used_size_usage_DESC']
