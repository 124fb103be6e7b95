# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ClusterImageOrderByInput(Enum):
    """Values of ClusterImageOrderByInput in the CloudTower API."""
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    META_NAME_ASC = 'meta_name_ASC'
    META_NAME_DESC = 'meta_name_DESC'
    META_SIZE_ASC = 'meta_size_ASC'
    META_SIZE_DESC = 'meta_size_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    UPGRADE_TOOL_VERSION_ASC = 'upgrade_tool_version_ASC'
    UPGRADE_TOOL_VERSION_DESC = 'upgrade_tool_version_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    ZBS_VERSION_ASC = 'zbs_version_ASC'
    ZBS_VERSION_DESC = 'zbs_version_DESC'
    allowable_values = ['entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'meta_name_ASC', 'meta_name_DESC', 'meta_size_ASC', 'meta_size_DESC', 'name_ASC', 'name_DESC', 'size_ASC', 'size_DESC', 'upgrade_tool_version_ASC', 'upgrade_tool_version_DESC', 'version_ASC', 'version_DESC', 'zbs_version_ASC', 'zbs_version_DESC']
