# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class AlertRuleOrderByInput(Enum):
    """Values of AlertRuleOrderByInput in the CloudTower API."""
    CUSTOMIZED_ASC = 'customized_ASC'
    CUSTOMIZED_DESC = 'customized_DESC'
    DISABLED_ASC = 'disabled_ASC'
    DISABLED_DESC = 'disabled_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    THRESHOLDS_ASC = 'thresholds_ASC'
    THRESHOLDS_DESC = 'thresholds_DESC'
    allowable_values = ['customized_ASC', 'customized_DESC', 'disabled_ASC', 'disabled_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'thresholds_ASC', 'thresholds_DESC']
