# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class OrganizationOrderByInput(Enum):
    """Values of OrganizationOrderByInput in the CloudTower API."""
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    allowable_values = ['id_ASC', 'id_DESC', 'name_ASC', 'name_DESC']
