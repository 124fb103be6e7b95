# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ContentLibraryImageOrderByInput(Enum):
    """Values of ContentLibraryImageOrderByInput in the CloudTower API."""
    CREATEDAT_ASC = 'createdAt_ASC'
    CREATEDAT_DESC = 'createdAt_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PATH_ASC = 'path_ASC'
    PATH_DESC = 'path_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    allowable_values = ['createdAt_ASC', 'createdAt_DESC', 'description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'name_ASC', 'name_DESC', 'path_ASC', 'path_DESC', 'size_ASC', 'size_DESC']
