# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnmpPrivacyProtocol(Enum):
    """Values of SnmpPrivacyProtocol in the CloudTower API."""
    AES = 'AES'
    DES = 'DES'
    allowable_values = ['AES', 'DES']
