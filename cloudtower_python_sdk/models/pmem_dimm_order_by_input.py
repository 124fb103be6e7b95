# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class PmemDimmOrderByInput(Enum):
    """Values of PmemDimmOrderByInput in the CloudTower API."""
    CAPACITY_ASC = 'capacity_ASC'
    CAPACITY_DESC = 'capacity_DESC'
    DEVICE_LOCATOR_ASC = 'device_locator_ASC'
    DEVICE_LOCATOR_DESC = 'device_locator_DESC'
    HEALTH_STATUS_ASC = 'health_status_ASC'
    HEALTH_STATUS_DESC = 'health_status_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    NUMA_NODE_ASC = 'numa_node_ASC'
    NUMA_NODE_DESC = 'numa_node_DESC'
    PART_NUMBER_ASC = 'part_number_ASC'
    PART_NUMBER_DESC = 'part_number_DESC'
    REMAINING_LIFE_PERCENT_ASC = 'remaining_life_percent_ASC'
    REMAINING_LIFE_PERCENT_DESC = 'remaining_life_percent_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    allowable_values = ['capacity_ASC', 'capacity_DESC', 'device_locator_ASC', 'device_locator_DESC', 'health_status_ASC', 'health_status_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'numa_node_ASC', 'numa_node_DESC', 'part_number_ASC', 'part_number_DESC', 'remaining_life_percent_ASC', 'remaining_life_percent_DESC', 'version_ASC', 'version_DESC']
