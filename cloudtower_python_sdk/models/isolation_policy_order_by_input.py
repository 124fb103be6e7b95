# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class IsolationPolicyOrderByInput(Enum):
    """Values of IsolationPolicyOrderByInput in the CloudTower API."""
    EGRESS_ASC = 'egress_ASC'
    EGRESS_DESC = 'egress_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INGRESS_ASC = 'ingress_ASC'
    INGRESS_DESC = 'ingress_DESC'
    MODE_ASC = 'mode_ASC'
    MODE_DESC = 'mode_DESC'
    allowable_values = ['egress_ASC', 'egress_DESC', 'id_ASC', 'id_DESC', 'ingress_ASC', 'ingress_DESC', 'mode_ASC', 'mode_DESC']
