# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ContentLanguage(Enum):
    """Values of ContentLanguage in the CloudTower API."""
    ZH_CN = 'zh-CN'
    EN_US = 'en-US'
    _ = '*'
    allowable_values = ['zh-CN', 'en-US', '*']
