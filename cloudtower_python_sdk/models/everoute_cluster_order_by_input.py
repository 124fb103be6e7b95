# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EverouteClusterOrderByInput(Enum):
    """Values of EverouteClusterOrderByInput in the CloudTower API."""
    CONTROLLER_INSTANCES_ASC = 'controller_instances_ASC'
    CONTROLLER_INSTANCES_DESC = 'controller_instances_DESC'
    CONTROLLER_TEMPLATE_ASC = 'controller_template_ASC'
    CONTROLLER_TEMPLATE_DESC = 'controller_template_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    GLOBAL_DEFAULT_ACTION_ASC = 'global_default_action_ASC'
    GLOBAL_DEFAULT_ACTION_DESC = 'global_default_action_DESC'
    GLOBAL_WHITELIST_ASC = 'global_whitelist_ASC'
    GLOBAL_WHITELIST_DESC = 'global_whitelist_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INSTALLED_ASC = 'installed_ASC'
    INSTALLED_DESC = 'installed_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PHASE_ASC = 'phase_ASC'
    PHASE_DESC = 'phase_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    allowable_values = ['controller_instances_ASC', 'controller_instances_DESC', 'controller_template_ASC', 'controller_template_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'global_default_action_ASC', 'global_default_action_DESC', 'global_whitelist_ASC', 'global_whitelist_DESC', 'id_ASC', 'id_DESC', 'installed_ASC', 'installed_DESC', 'name_ASC', 'name_DESC', 'phase_ASC', 'phase_DESC', 'status_ASC', 'status_DESC', 'version_ASC', 'version_DESC']
