# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EntityFilterOrderByInput(Enum):
    """Values of EntityFilterOrderByInput in the CloudTower API."""
    APPLY_TO_ALL_CLUSTERS_ASC = 'apply_to_all_clusters_ASC'
    APPLY_TO_ALL_CLUSTERS_DESC = 'apply_to_all_clusters_DESC'
    ENTITY_TYPE_ASC = 'entity_type_ASC'
    ENTITY_TYPE_DESC = 'entity_type_DESC'
    FILTER_STATUS_ASC = 'filter_status_ASC'
    FILTER_STATUS_DESC = 'filter_status_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LAST_EXECUTED_AT_ASC = 'last_executed_at_ASC'
    LAST_EXECUTED_AT_DESC = 'last_executed_at_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PRESET_ASC = 'preset_ASC'
    PRESET_DESC = 'preset_DESC'
    RULES_ASC = 'rules_ASC'
    RULES_DESC = 'rules_DESC'
    allowable_values = ['apply_to_all_clusters_ASC', 'apply_to_all_clusters_DESC', 'entity_type_ASC', 'entity_type_DESC', 'filter_status_ASC', 'filter_status_DESC', 'id_ASC', 'id_DESC', 'last_executed_at_ASC', 'last_executed_at_DESC', 'name_ASC', 'name_DESC', 'preset_ASC', 'preset_DESC', 'rules_ASC', 'rules_DESC']
