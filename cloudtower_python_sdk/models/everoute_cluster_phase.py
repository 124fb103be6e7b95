# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EverouteClusterPhase(Enum):
    """Values of EverouteClusterPhase in the CloudTower API."""
    ASSOCIATED = 'Associated'
    FAILED = 'Failed'
    INIT = 'Init'
    RUNNING = 'Running'
    TERMINATING = 'Terminating'
    UPDATING = 'Updating'
    UPGRADING = 'Upgrading'
    allowable_values = ['Associated', 'Failed', 'Init', 'Running', 'Terminating', 'Updating', 'Upgrading']
