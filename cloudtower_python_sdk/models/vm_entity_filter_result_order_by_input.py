# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmEntityFilterResultOrderByInput(Enum):
    """Values of VmEntityFilterResultOrderByInput in the CloudTower API."""
    ASC = 'id_ASC'
    DESC = 'id_DESC'
    allowable_values = ['id_ASC', 'id_DESC']
