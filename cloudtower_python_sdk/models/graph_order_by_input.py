# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GraphOrderByInput(Enum):
    """Values of GraphOrderByInput in the CloudTower API."""
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    METRIC_COUNT_ASC = 'metric_count_ASC'
    METRIC_COUNT_DESC = 'metric_count_DESC'
    METRIC_NAME_ASC = 'metric_name_ASC'
    METRIC_NAME_DESC = 'metric_name_DESC'
    METRIC_TYPE_ASC = 'metric_type_ASC'
    METRIC_TYPE_DESC = 'metric_type_DESC'
    NETWORK_ASC = 'network_ASC'
    NETWORK_DESC = 'network_DESC'
    RESOURCE_TYPE_ASC = 'resource_type_ASC'
    RESOURCE_TYPE_DESC = 'resource_type_DESC'
    SERVICE_ASC = 'service_ASC'
    SERVICE_DESC = 'service_DESC'
    TARGETS_ASC = 'targets_ASC'
    TARGETS_DESC = 'targets_DESC'
    TITLE_ASC = 'title_ASC'
    TITLE_DESC = 'title_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    allowable_values = ['entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'metric_count_ASC', 'metric_count_DESC', 'metric_name_ASC', 'metric_name_DESC', 'metric_type_ASC', 'metric_type_DESC', 'network_ASC', 'network_DESC', 'resource_type_ASC', 'resource_type_DESC', 'service_ASC', 'service_DESC', 'targets_ASC', 'targets_DESC', 'title_ASC', 'title_DESC', 'type_ASC', 'type_DESC']
