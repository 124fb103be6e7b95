# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UploadTaskOrderByInput(Enum):
    """Values of UploadTaskOrderByInput in the CloudTower API."""
    ARGS_ASC = 'args_ASC'
    ARGS_DESC = 'args_DESC'
    CHUNK_SIZE_ASC = 'chunk_size_ASC'
    CHUNK_SIZE_DESC = 'chunk_size_DESC'
    CURRENT_CHUNK_ASC = 'current_chunk_ASC'
    CURRENT_CHUNK_DESC = 'current_chunk_DESC'
    FINISHED_AT_ASC = 'finished_at_ASC'
    FINISHED_AT_DESC = 'finished_at_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    RESOURCE_TYPE_ASC = 'resource_type_ASC'
    RESOURCE_TYPE_DESC = 'resource_type_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    STARTED_AT_ASC = 'started_at_ASC'
    STARTED_AT_DESC = 'started_at_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    UPDATEDAT_ASC = 'updatedAt_ASC'
    UPDATEDAT_DESC = 'updatedAt_DESC'
    allowable_values = ['args_ASC', 'args_DESC', 'chunk_size_ASC', 'chunk_size_DESC', 'current_chunk_ASC', 'current_chunk_DESC', 'finished_at_ASC', 'finished_at_DESC', 'id_ASC', 'id_DESC', 'resource_type_ASC', 'resource_type_DESC', 'size_ASC', 'size_DESC', 'started_at_ASC', 'started_at_DESC', 'status_ASC', 'status_DESC', 'updatedAt_ASC', 'updatedAt_DESC']
