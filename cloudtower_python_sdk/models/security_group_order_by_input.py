# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SecurityGroupOrderByInput(Enum):
    """Values of SecurityGroupOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LABEL_GROUPS_ASC = 'label_groups_ASC'
    LABEL_GROUPS_DESC = 'label_groups_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'id_ASC', 'id_DESC', 'label_groups_ASC', 'label_groups_DESC', 'name_ASC', 'name_DESC']
