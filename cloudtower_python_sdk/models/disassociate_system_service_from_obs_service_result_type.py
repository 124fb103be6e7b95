# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class DisassociateSystemServiceFromObsServiceResultType(Enum):
    """Values of DisassociateSystemServiceFromObsServiceResultType in the CloudTower API."""
    FAIL = 'FAIL'
    SUCCESS = 'SUCCESS'
    allowable_values = ['FAIL', 'SUCCESS']
