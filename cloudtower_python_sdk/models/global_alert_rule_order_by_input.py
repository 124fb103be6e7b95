# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GlobalAlertRuleOrderByInput(Enum):
    """Values of GlobalAlertRuleOrderByInput in the CloudTower API."""
    BOOLEAN_ASC = 'boolean_ASC'
    BOOLEAN_DESC = 'boolean_DESC'
    CAUSE_ASC = 'cause_ASC'
    CAUSE_DESC = 'cause_DESC'
    DEFAULT_THRESHOLDS_ASC = 'default_thresholds_ASC'
    DEFAULT_THRESHOLDS_DESC = 'default_thresholds_DESC'
    DISABLED_ASC = 'disabled_ASC'
    DISABLED_DESC = 'disabled_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    IMPACT_ASC = 'impact_ASC'
    IMPACT_DESC = 'impact_DESC'
    MESSAGE_ASC = 'message_ASC'
    MESSAGE_DESC = 'message_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    OBJECT_ASC = 'object_ASC'
    OBJECT_DESC = 'object_DESC'
    OPERATOR_ASC = 'operator_ASC'
    OPERATOR_DESC = 'operator_DESC'
    SOLUTION_ASC = 'solution_ASC'
    SOLUTION_DESC = 'solution_DESC'
    THRESHOLDS_ASC = 'thresholds_ASC'
    THRESHOLDS_DESC = 'thresholds_DESC'
    UNIT_ASC = 'unit_ASC'
    UNIT_DESC = 'unit_DESC'
    allowable_values = ['boolean_ASC', 'boolean_DESC', 'cause_ASC', 'cause_DESC', 'default_thresholds_ASC', 'default_thresholds_DESC', 'disabled_ASC', 'disabled_DESC', 'id_ASC', 'id_DESC', 'impact_ASC', 'impact_DESC', 'message_ASC', 'message_DESC', 'name_ASC', 'name_DESC', 'object_ASC', 'object_DESC', 'operator_ASC', 'operator_DESC', 'solution_ASC', 'solution_DESC', 'thresholds_ASC', 'thresholds_DESC', 'unit_ASC', 'unit_DESC']
