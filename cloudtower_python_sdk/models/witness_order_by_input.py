# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class WitnessOrderByInput(Enum):
    """Values of WitnessOrderByInput in the CloudTower API."""
    CPU_HZ_PER_CORE_ASC = 'cpu_hz_per_core_ASC'
    CPU_HZ_PER_CORE_DESC = 'cpu_hz_per_core_DESC'
    DATA_IP_ASC = 'data_ip_ASC'
    DATA_IP_DESC = 'data_ip_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MANAGEMENT_IP_ASC = 'management_ip_ASC'
    MANAGEMENT_IP_DESC = 'management_ip_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    SYSTEM_DATA_CAPACITY_ASC = 'system_data_capacity_ASC'
    SYSTEM_DATA_CAPACITY_DESC = 'system_data_capacity_DESC'
    SYSTEM_USED_DATA_SPACE_ASC = 'system_used_data_space_ASC'
    SYSTEM_USED_DATA_SPACE_DESC = 'system_used_data_space_DESC'
    TOTAL_CPU_CORES_ASC = 'total_cpu_cores_ASC'
    TOTAL_CPU_CORES_DESC = 'total_cpu_cores_DESC'
    TOTAL_CPU_HZ_ASC = 'total_cpu_hz_ASC'
    TOTAL_CPU_HZ_DESC = 'total_cpu_hz_DESC'
    TOTAL_MEMORY_BYTES_ASC = 'total_memory_bytes_ASC'
    TOTAL_MEMORY_BYTES_DESC = 'total_memory_bytes_DESC'
    allowable_values = ['cpu_hz_per_core_ASC', 'cpu_hz_per_core_DESC', 'data_ip_ASC', 'data_ip_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'management_ip_ASC', 'management_ip_DESC', 'name_ASC', 'name_DESC', 'system_data_capacity_ASC', 'system_data_capacity_DESC', 'system_used_data_space_ASC', 'system_used_data_space_DESC', 'total_cpu_cores_ASC', 'total_cpu_cores_DESC', 'total_cpu_hz_ASC', 'total_cpu_hz_DESC', 'total_memory_bytes_ASC', 'total_memory_bytes_DESC']
