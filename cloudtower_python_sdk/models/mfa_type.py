# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class MfaType(Enum):
    """Values of MfaType in the CloudTower API."""
    MAIL = 'Mail'
    SMS = 'Sms'
    allowable_values = ['Mail', 'Sms']
