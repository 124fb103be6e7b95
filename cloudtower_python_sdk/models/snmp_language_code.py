# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnmpLanguageCode(Enum):
    """Values of SnmpLanguageCode in the CloudTower API."""
    EN_US = 'EN_US'
    ZH_CN = 'ZH_CN'
    allowable_values = ['EN_US', 'ZH_CN']
