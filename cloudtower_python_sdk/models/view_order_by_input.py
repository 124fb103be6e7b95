# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ViewOrderByInput(Enum):
    """Values of ViewOrderByInput in the CloudTower API."""
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    TIME_SPAN_ASC = 'time_span_ASC'
    TIME_SPAN_DESC = 'time_span_DESC'
    TIME_UNIT_ASC = 'time_unit_ASC'
    TIME_UNIT_DESC = 'time_unit_DESC'
    allowable_values = ['entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'time_span_ASC', 'time_span_DESC', 'time_unit_ASC', 'time_unit_DESC']
