# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NetworkPolicyRuleAlgProtocol(Enum):
    """Values of NetworkPolicyRuleAlgProtocol in the CloudTower API."""
    FTP = 'FTP'
    TFTP = 'TFTP'
    allowable_values = ['FTP', 'TFTP']
