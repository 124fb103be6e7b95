# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ProtectSnapshotStatus(Enum):
    """Values of ProtectSnapshotStatus in the CloudTower API."""
    CREATED = 'PROTECT_SNAPSHOT_STATUS_CREATED'
    CREATING = 'PROTECT_SNAPSHOT_STATUS_CREATING'
    DELETED = 'PROTECT_SNAPSHOT_STATUS_DELETED'
    FAILED = 'PROTECT_SNAPSHOT_STATUS_FAILED'
    allowable_values = ['PROTECT_SNAPSHOT_STATUS_CREATED', 'PROTECT_SNAPSHOT_STATUS_CREATING', 'PROTECT_SNAPSHOT_STATUS_DELETED', 'PROTECT_SNAPSHOT_STATUS_FAILED']
