# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmVolumeSnapshotOrderByInput(Enum):
    """Values of VmVolumeSnapshotOrderByInput in the CloudTower API."""
    CREATEAT_ASC = 'createAt_ASC'
    CREATEAT_DESC = 'createAt_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ELF_STORAGE_POLICY_ASC = 'elf_storage_policy_ASC'
    ELF_STORAGE_POLICY_DESC = 'elf_storage_policy_DESC'
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
    SHARED_SIZE_ASC = 'shared_size_ASC'
    SHARED_SIZE_DESC = 'shared_size_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    UNIQUE_SIZE_ASC = 'unique_size_ASC'
    UNIQUE_SIZE_DESC = 'unique_size_DESC'
    VOLUME_SHARING_ASC = 'volume_sharing_ASC'
    VOLUME_SHARING_DESC = 'volume_sharing_DESC'
    VOLUME_SIZE_ASC = 'volume_size_ASC'
    VOLUME_SIZE_DESC = 'volume_size_DESC'
    ZBS_SNAPSHOT_UUID_ASC = 'zbs_snapshot_uuid_ASC'
    ZBS_SNAPSHOT_UUID_DESC = 'zbs_snapshot_uuid_DESC'
    allowable_values = ['createAt_ASC', 'createAt_DESC', 'description_ASC', 'description_DESC', 'elf_storage_policy_ASC', 'elf_storage_policy_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'shared_size_ASC', 'shared_size_DESC', 'size_ASC', 'size_DESC', 'type_ASC', 'type_DESC', 'unique_size_ASC', 'unique_size_DESC', 'volume_sharing_ASC', 'volume_sharing_DESC', 'volume_size_ASC', 'volume_size_DESC', 'zbs_snapshot_uuid_ASC', 'zbs_snapshot_uuid_DESC']
