# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ApplicationOrderByInput(Enum):
    """Values of ApplicationOrderByInput in the CloudTower API."""
    ERROR_MESSAGE_ASC = 'error_message_ASC'
    ERROR_MESSAGE_DESC = 'error_message_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    IMAGE_NAME_ASC = 'image_name_ASC'
    IMAGE_NAME_DESC = 'image_name_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MEMORY_ASC = 'memory_ASC'
    MEMORY_DESC = 'memory_DESC'
    STATE_ASC = 'state_ASC'
    STATE_DESC = 'state_DESC'
    STORAGE_IP_ASC = 'storage_ip_ASC'
    STORAGE_IP_DESC = 'storage_ip_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    UPDATE_TIME_ASC = 'update_time_ASC'
    UPDATE_TIME_DESC = 'update_time_DESC'
    VCPU_ASC = 'vcpu_ASC'
    VCPU_DESC = 'vcpu_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    VOLUME_SIZE_ASC = 'volume_size_ASC'
    VOLUME_SIZE_DESC = 'volume_size_DESC'
    allowable_values = ['error_message_ASC', 'error_message_DESC', 'id_ASC', 'id_DESC', 'image_name_ASC', 'image_name_DESC', 'local_id_ASC', 'local_id_DESC', 'memory_ASC', 'memory_DESC', 'state_ASC', 'state_DESC', 'storage_ip_ASC', 'storage_ip_DESC', 'type_ASC', 'type_DESC', 'update_time_ASC', 'update_time_DESC', 'vcpu_ASC', 'vcpu_DESC', 'version_ASC', 'version_DESC', 'volume_size_ASC', 'volume_size_DESC']
