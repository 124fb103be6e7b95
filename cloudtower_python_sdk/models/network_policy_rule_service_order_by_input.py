# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NetworkPolicyRuleServiceOrderByInput(Enum):
    """Values of NetworkPolicyRuleServiceOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    MEMBERS_ASC = 'members_ASC'
    MEMBERS_DESC = 'members_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PRESET_ASC = 'preset_ASC'
    PRESET_DESC = 'preset_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'id_ASC', 'id_DESC', 'members_ASC', 'members_DESC', 'name_ASC', 'name_DESC', 'preset_ASC', 'preset_DESC']
