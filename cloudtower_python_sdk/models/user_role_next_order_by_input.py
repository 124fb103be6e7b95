# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserRoleNextOrderByInput(Enum):
    """Values of UserRoleNextOrderByInput in the CloudTower API."""
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PLATFORM_ASC = 'platform_ASC'
    PLATFORM_DESC = 'platform_DESC'
    PRESET_ASC = 'preset_ASC'
    PRESET_DESC = 'preset_DESC'
    allowable_values = ['id_ASC', 'id_DESC', 'name_ASC', 'name_DESC', 'platform_ASC', 'platform_DESC', 'preset_ASC', 'preset_DESC']
