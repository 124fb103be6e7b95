# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class DeployOrderByInput(Enum):
    """Values of DeployOrderByInput in the CloudTower API."""
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    allowable_values = ['id_ASC', 'id_DESC', 'version_ASC', 'version_DESC']
