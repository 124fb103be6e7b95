# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SecurityPolicyOrderByInput(Enum):
    """Values of SecurityPolicyOrderByInput in the CloudTower API."""
    APPLY_TO_ASC = 'apply_to_ASC'
    APPLY_TO_DESC = 'apply_to_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    EGRESS_ASC = 'egress_ASC'
    EGRESS_DESC = 'egress_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INGRESS_ASC = 'ingress_ASC'
    INGRESS_DESC = 'ingress_DESC'
    IS_BLOCKLIST_ASC = 'is_blocklist_ASC'
    IS_BLOCKLIST_DESC = 'is_blocklist_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    POLICY_MODE_ASC = 'policy_mode_ASC'
    POLICY_MODE_DESC = 'policy_mode_DESC'
    allowable_values = ['apply_to_ASC', 'apply_to_DESC', 'description_ASC', 'description_DESC', 'egress_ASC', 'egress_DESC', 'id_ASC', 'id_DESC', 'ingress_ASC', 'ingress_DESC', 'is_blocklist_ASC', 'is_blocklist_DESC', 'name_ASC', 'name_DESC', 'policy_mode_ASC', 'policy_mode_DESC']
