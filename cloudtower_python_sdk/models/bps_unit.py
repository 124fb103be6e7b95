# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BPSUnit(Enum):
    """Values of BPSUnit in the CloudTower API."""
    BPS = 'Bps'
    KBPS = 'KBps'
    MBPS = 'MBps'
    GBPS = 'GBps'
    TBPS = 'TBps'
    allowable_values = ['Bps', 'KBps', 'MBps', 'GBps', 'TBps']
