# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ContentLanguage(Enum):
    """Values of ContentLanguage in the CloudTower API."""
    ZH_CN = 'zh-CN'
    EN_US = 'en-US'
    _ = '*'
    allowable_values = ['zh-CN', 'en-US', '*']
