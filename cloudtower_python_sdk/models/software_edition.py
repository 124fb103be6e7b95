# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SoftwareEdition(Enum):
    """Values of SoftwareEdition in the CloudTower API."""
    COMMUNITY = 'COMMUNITY'
    ENTERPRISE = 'ENTERPRISE'
    ENTERPRISE_PLUS = 'ENTERPRISE_PLUS'
    ESSENTIAL = 'ESSENTIAL'
    EXPRESS = 'EXPRESS'
    STANDARD = 'STANDARD'
    TRIAL = 'TRIAL'
    allowable_values = ['COMMUNITY', 'ENTERPRISE', 'ENTERPRISE_PLUS', 'ESSENTIAL', 'EXPRESS', 'STANDARD', 'TRIAL']
