# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserRolePreset(Enum):
    """Values of UserRolePreset in the CloudTower API."""
    ADMIN = 'ADMIN'
    AUDITOR = 'AUDITOR'
    READ_ONLY = 'READ_ONLY'
    ROOT = 'ROOT'
    USER_ADMIN = 'USER_ADMIN'
    VM_USER = 'VM_USER'
    WORKLOAD_CLUSTER_USER = 'WORKLOAD_CLUSTER_USER'
    allowable_values = ['ADMIN', 'AUDITOR', 'READ_ONLY', 'ROOT', 'USER_ADMIN', 'VM_USER', 'WORKLOAD_CLUSTER_USER']
