# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReportTaskOrderByInput(Enum):
    """Values of ReportTaskOrderByInput in the CloudTower API."""
    CREATEDAT_ASC = 'createdAt_ASC'
    CREATEDAT_DESC = 'createdAt_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INTERNAL_ASC = 'internal_ASC'
    INTERNAL_DESC = 'internal_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PLAN_ID_ASC = 'plan_id_ASC'
    PLAN_ID_DESC = 'plan_id_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    allowable_values = ['createdAt_ASC', 'createdAt_DESC', 'id_ASC', 'id_DESC', 'internal_ASC', 'internal_DESC', 'name_ASC', 'name_DESC', 'plan_id_ASC', 'plan_id_DESC', 'status_ASC', 'status_DESC']
