# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VdsOrderByInput(Enum):
    """Values of VdsOrderByInput in the CloudTower API."""
    BOND_MODE_ASC = 'bond_mode_ASC'
    BOND_MODE_DESC = 'bond_mode_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INTERNAL_ASC = 'internal_ASC'
    INTERNAL_DESC = 'internal_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    OVSBR_NAME_ASC = 'ovsbr_name_ASC'
    OVSBR_NAME_DESC = 'ovsbr_name_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    VLANS_NUM_ASC = 'vlans_num_ASC'
    VLANS_NUM_DESC = 'vlans_num_DESC'
    WORK_MODE_ASC = 'work_mode_ASC'
    WORK_MODE_DESC = 'work_mode_DESC'
    allowable_values = ['bond_mode_ASC', 'bond_mode_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'internal_ASC', 'internal_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'ovsbr_name_ASC', 'ovsbr_name_DESC', 'type_ASC', 'type_DESC', 'vlans_num_ASC', 'vlans_num_DESC', 'work_mode_ASC', 'work_mode_DESC']
