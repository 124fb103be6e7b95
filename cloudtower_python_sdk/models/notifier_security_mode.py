# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NotifierSecurityMode(Enum):
    """Values of NotifierSecurityMode in the CloudTower API."""
    SSL = 'SSL'
    STARTTLS = 'STARTTLS'
    UNSPECIFIED = 'UNSPECIFIED'
    allowable_values = ['SSL', 'STARTTLS', 'UNSPECIFIED']
