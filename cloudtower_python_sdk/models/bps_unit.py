# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BPSUnit(Enum):
    """Values of BPSUnit in the CloudTower API."""
    BPS = 'Bps'
    KBPS = 'KBps'
    MBPS = 'MBps'
    GBPS = 'GBps'
    TBPS = 'TBps'
    allowable_values = ['Bps', 'KBps', 'MBps', 'GBps', 'TBps']
