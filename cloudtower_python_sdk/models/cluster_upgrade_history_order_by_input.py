# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ClusterUpgradeHistoryOrderByInput(Enum):
    """Values of ClusterUpgradeHistoryOrderByInput in the CloudTower API."""
    DATE_ASC = 'date_ASC'
    DATE_DESC = 'date_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    PROGRESS_ASC = 'progress_ASC'
    PROGRESS_DESC = 'progress_DESC'
    RESULT_ASC = 'result_ASC'
    RESULT_DESC = 'result_DESC'
    TASK_UUID_ASC = 'task_uuid_ASC'
    TASK_UUID_DESC = 'task_uuid_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    allowable_values = ['date_ASC', 'date_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'progress_ASC', 'progress_DESC', 'result_ASC', 'result_DESC', 'task_uuid_ASC', 'task_uuid_DESC', 'version_ASC', 'version_DESC']
