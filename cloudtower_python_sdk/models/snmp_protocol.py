# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnmpProtocol(Enum):
    """Values of SnmpProtocol in the CloudTower API."""
    TCP = 'TCP'
    UDP = 'UDP'
    allowable_values = ['TCP', 'UDP']
