# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReportTemplateOrderByInput(Enum):
    """Values of ReportTemplateOrderByInput in the CloudTower API."""
    CREATEDAT_ASC = 'createdAt_ASC'
    CREATEDAT_DESC = 'createdAt_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    EXECUTE_PLAN_ASC = 'execute_plan_ASC'
    EXECUTE_PLAN_DESC = 'execute_plan_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PRESET_ASC = 'preset_ASC'
    PRESET_DESC = 'preset_DESC'
    RESOURCE_META_ASC = 'resource_meta_ASC'
    RESOURCE_META_DESC = 'resource_meta_DESC'
    TASK_NUM_ASC = 'task_num_ASC'
    TASK_NUM_DESC = 'task_num_DESC'
    allowable_values = ['createdAt_ASC', 'createdAt_DESC', 'description_ASC', 'description_DESC', 'execute_plan_ASC', 'execute_plan_DESC', 'id_ASC', 'id_DESC', 'name_ASC', 'name_DESC', 'preset_ASC', 'preset_DESC', 'resource_meta_ASC', 'resource_meta_DESC', 'task_num_ASC', 'task_num_DESC']
