# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class MetricType(Enum):
    """Values of MetricType in the CloudTower API."""
    BOTTOMK = 'BOTTOMK'
    NORMAL = 'NORMAL'
    TOPK = 'TOPK'
    allowable_values = ['BOTTOMK', 'NORMAL', 'TOPK']
