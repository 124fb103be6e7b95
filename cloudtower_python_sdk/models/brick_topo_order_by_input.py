# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BrickTopoOrderByInput(Enum):
    """Values of BrickTopoOrderByInput in the CloudTower API."""
    CAPACITY_ASC = 'capacity_ASC'
    CAPACITY_DESC = 'capacity_DESC'
    DISK_LAYOUT_ASC = 'disk_layout_ASC'
    DISK_LAYOUT_DESC = 'disk_layout_DESC'
    HEIGHT_ASC = 'height_ASC'
    HEIGHT_DESC = 'height_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MODEL_ASC = 'model_ASC'
    MODEL_DESC = 'model_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    POSITION_ASC = 'position_ASC'
    POSITION_DESC = 'position_DESC'
    POWER_LAYOUT_ASC = 'power_layout_ASC'
    POWER_LAYOUT_DESC = 'power_layout_DESC'
    POWER_POSITION_ASC = 'power_position_ASC'
    POWER_POSITION_DESC = 'power_position_DESC'
    POWERS_ASC = 'powers_ASC'
    POWERS_DESC = 'powers_DESC'
    TAG_POSITION_IN_BRICK_ASC = 'tag_position_in_brick_ASC'
    TAG_POSITION_IN_BRICK_DESC = 'tag_position_in_brick_DESC'
    allowable_values = ['capacity_ASC', 'capacity_DESC', 'disk_layout_ASC', 'disk_layout_DESC', 'height_ASC', 'height_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'model_ASC', 'model_DESC', 'name_ASC', 'name_DESC', 'position_ASC', 'position_DESC', 'power_layout_ASC', 'power_layout_DESC', 'power_position_ASC', 'power_position_DESC', 'powers_ASC', 'powers_DESC', 'tag_position_in_brick_ASC', 'tag_position_in_brick_DESC']
