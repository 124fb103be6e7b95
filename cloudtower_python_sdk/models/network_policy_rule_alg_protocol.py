# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NetworkPolicyRuleAlgProtocol(Enum):
    """Values of NetworkPolicyRuleAlgProtocol in the CloudTower API."""
    FTP = 'FTP'
    TFTP = 'TFTP'
    allowable_values = ['FTP', 'TFTP']
