# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnmpAuthProtocol(Enum):
    """Values of SnmpAuthProtocol in the CloudTower API."""
    MD5 = 'MD5'
    SHA = 'SHA'
    allowable_values = ['MD5', 'SHA']
