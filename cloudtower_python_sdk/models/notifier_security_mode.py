# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NotifierSecurityMode(Enum):
    """Values of NotifierSecurityMode in the CloudTower API."""
    SSL = 'SSL'
    STARTTLS = 'STARTTLS'
    UNSPECIFIED = 'UNSPECIFIED'
    allowable_values = ['SSL', 'STARTTLS', 'UNSPECIFIED']
