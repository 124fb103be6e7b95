# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ApplicationState(Enum):
    """Values of ApplicationState in the CloudTower API."""
    DEPLOYED = 'DEPLOYED'
    DEPLOYING = 'DEPLOYING'
    DEPLOY_ERROR = 'DEPLOY_ERROR'
    EDITING = 'EDITING'
    NOT_DEPLOYED = 'NOT_DEPLOYED'
    STOPPED = 'STOPPED'
    STOPPING = 'STOPPING'
    STOP_ERROR = 'STOP_ERROR'
    UPGRADING = 'UPGRADING'
    allowable_values = ['DEPLOYED', 'DEPLOYING', 'DEPLOY_ERROR', 'EDITING', 'NOT_DEPLOYED', 'STOPPED', 'STOPPING', 'STOP_ERROR', 'UPGRADING']
