# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmDiskOrderByInput(Enum):
    """Values of VmDiskOrderByInput in the CloudTower API."""
    BOOT_ASC = 'boot_ASC'
    BOOT_DESC = 'boot_DESC'
    BUS_ASC = 'bus_ASC'
    BUS_DESC = 'bus_DESC'
    CLOUD_INIT_IMAGE_NAME_ASC = 'cloud_init_image_name_ASC'
    CLOUD_INIT_IMAGE_NAME_DESC = 'cloud_init_image_name_DESC'
    CLOUD_INIT_IMAGE_PATH_ASC = 'cloud_init_image_path_ASC'
    CLOUD_INIT_IMAGE_PATH_DESC = 'cloud_init_image_path_DESC'
    DEVICE_ASC = 'device_ASC'
    DEVICE_DESC = 'device_DESC'
    DISABLED_ASC = 'disabled_ASC'
    DISABLED_DESC = 'disabled_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    KEY_ASC = 'key_ASC'
    KEY_DESC = 'key_DESC'
    MAX_BANDWIDTH_ASC = 'max_bandwidth_ASC'
    MAX_BANDWIDTH_DESC = 'max_bandwidth_DESC'
    MAX_BANDWIDTH_POLICY_ASC = 'max_bandwidth_policy_ASC'
    MAX_BANDWIDTH_POLICY_DESC = 'max_bandwidth_policy_DESC'
    MAX_IOPS_ASC = 'max_iops_ASC'
    MAX_IOPS_DESC = 'max_iops_DESC'
    MAX_IOPS_POLICY_ASC = 'max_iops_policy_ASC'
    MAX_IOPS_POLICY_DESC = 'max_iops_policy_DESC'
    SERIAL_ASC = 'serial_ASC'
    SERIAL_DESC = 'serial_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    UNSAFE_IMAGE_PATH_ASC = 'unsafe_image_path_ASC'
    UNSAFE_IMAGE_PATH_DESC = 'unsafe_image_path_DESC'
    UNSAFE_IMAGE_UUID_ASC = 'unsafe_image_uuid_ASC'
    UNSAFE_IMAGE_UUID_DESC = 'unsafe_image_uuid_DESC'
    UNSAFE_PROVISION_ASC = 'unsafe_provision_ASC'
    UNSAFE_PROVISION_DESC = 'unsafe_provision_DESC'
    allowable_values = ['boot_ASC', 'boot_DESC', 'bus_ASC', 'bus_DESC', 'cloud_init_image_name_ASC', 'cloud_init_image_name_DESC', 'cloud_init_image_path_ASC', 'cloud_init_image_path_DESC', 'device_ASC', 'device_DESC', 'disabled_ASC', 'disabled_DESC', 'id_ASC', 'id_DESC', 'key_ASC', 'key_DESC', 'max_bandwidth_ASC', 'max_bandwidth_DESC', 'max_bandwidth_policy_ASC', 'max_bandwidth_policy_DESC', 'max_iops_ASC', 'max_iops_DESC', 'max_iops_policy_ASC', 'max_iops_policy_DESC', 'serial_ASC', 'serial_DESC', 'type_ASC', 'type_DESC', 'unsafe_image_path_ASC', 'unsafe_image_path_DESC', 'unsafe_image_uuid_ASC', 'unsafe_image_uuid_DESC', 'unsafe_provision_ASC', 'unsafe_provision_DESC']
