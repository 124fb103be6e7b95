# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class DatacenterOrderByInput(Enum):
    """Values of DatacenterOrderByInput in the CloudTower API."""
    CLUSTER_NUM_ASC = 'cluster_num_ASC'
    CLUSTER_NUM_DESC = 'cluster_num_DESC'
    FAILURE_DATA_SPACE_ASC = 'failure_data_space_ASC'
    FAILURE_DATA_SPACE_DESC = 'failure_data_space_DESC'
    HOST_NUM_ASC = 'host_num_ASC'
    HOST_NUM_DESC = 'host_num_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    TOTAL_CPU_HZ_ASC = 'total_cpu_hz_ASC'
    TOTAL_CPU_HZ_DESC = 'total_cpu_hz_DESC'
    TOTAL_DATA_CAPACITY_ASC = 'total_data_capacity_ASC'
    TOTAL_DATA_CAPACITY_DESC = 'total_data_capacity_DESC'
    TOTAL_MEMORY_BYTES_ASC = 'total_memory_bytes_ASC'
    TOTAL_MEMORY_BYTES_DESC = 'total_memory_bytes_DESC'
    USED_CPU_HZ_ASC = 'used_cpu_hz_ASC'
    USED_CPU_HZ_DESC = 'used_cpu_hz_DESC'
    USED_DATA_SPACE_ASC = 'used_data_space_ASC'
    USED_DATA_SPACE_DESC = 'used_data_space_DESC'
    USED_MEMORY_BYTES_ASC = 'used_memory_bytes_ASC'
    USED_MEMORY_BYTES_DESC = 'used_memory_bytes_DESC'
    VM_NUM_ASC = 'vm_num_ASC'
    VM_NUM_DESC = 'vm_num_DESC'
    allowable_values = ['cluster_num_ASC', 'cluster_num_DESC', 'failure_data_space_ASC', 'failure_data_space_DESC', 'host_num_ASC', 'host_num_DESC', 'id_ASC', 'id_DESC', 'name_ASC', 'name_DESC', 'total_cpu_hz_ASC', 'total_cpu_hz_DESC', 'total_data_capacity_ASC', 'total_data_capacity_DESC', 'total_memory_bytes_ASC', 'total_memory_bytes_DESC', 'used_cpu_hz_ASC', 'used_cpu_hz_DESC', 'used_data_space_ASC', 'used_data_space_DESC', 'used_memory_bytes_ASC', 'used_memory_bytes_DESC', 'vm_num_ASC', 'vm_num_DESC']
