# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmExportFileOrderByInput(Enum):
    """Values of VmExportFileOrderByInput in the CloudTower API."""
    CREATEDAT_ASC = 'createdAt_ASC'
    CREATEDAT_DESC = 'createdAt_DESC'
    DAMAGED_ASC = 'damaged_ASC'
    DAMAGED_DESC = 'damaged_DESC'
    DATA_PORT_ID_ASC = 'data_port_id_ASC'
    DATA_PORT_ID_DESC = 'data_port_id_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    FILES_ASC = 'files_ASC'
    FILES_DESC = 'files_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    STORAGE_CLUSTER_ID_ASC = 'storage_cluster_id_ASC'
    STORAGE_CLUSTER_ID_DESC = 'storage_cluster_id_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    allowable_values = ['createdAt_ASC', 'createdAt_DESC', 'damaged_ASC', 'damaged_DESC', 'data_port_id_ASC', 'data_port_id_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'files_ASC', 'files_DESC', 'id_ASC', 'id_DESC', 'storage_cluster_id_ASC', 'storage_cluster_id_DESC', 'type_ASC', 'type_DESC']
