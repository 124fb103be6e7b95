# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ClusterConnectorErrorCode(Enum):
    """Values of ClusterConnectorErrorCode in the CloudTower API."""
    FAILED = 'LOAD_CLUSTER_FAILED'
    NETWORK_ERROR = 'LOAD_CLUSTER_NETWORK_ERROR'
    NOT_FOUND = 'LOAD_CLUSTER_NOT_FOUND'
    UNAUTHORIZED = 'LOAD_CLUSTER_UNAUTHORIZED'
    UNHEALTHY = 'LOAD_CLUSTER_UNHEALTHY'
    allowable_values = ['LOAD_CLUSTER_FAILED', 'LOAD_CLUSTER_NETWORK_ERROR', 'LOAD_CLUSTER_NOT_FOUND', 'LOAD_CLUSTER_UNAUTHORIZED', 'LOAD_CLUSTER_UNHEALTHY']
