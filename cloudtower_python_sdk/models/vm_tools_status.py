# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmToolsStatus(Enum):
    """Values of VmToolsStatus in the CloudTower API."""
    NOT_INSTALLED = 'NOT_INSTALLED'
    NOT_RUNNING = 'NOT_RUNNING'
    RESTRICTION = 'RESTRICTION'
    RUNNING = 'RUNNING'
    allowable_values = ['NOT_INSTALLED', 'NOT_RUNNING', 'RESTRICTION', 'RUNNING']
