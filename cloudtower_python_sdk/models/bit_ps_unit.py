# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BitPSUnit(Enum):
    """Values of BitPSUnit in the CloudTower API."""
    BPS = 'bps'
    KBPS = 'Kbps'
    MBPS = 'Mbps'
    GBPS = 'Gbps'
    TBPS = 'Tbps'
    allowable_values = ['bps', 'Kbps', 'Mbps', 'Gbps', 'Tbps']
