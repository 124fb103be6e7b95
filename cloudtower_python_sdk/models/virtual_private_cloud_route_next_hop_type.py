# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudRouteNextHopType(Enum):
    """Values of VirtualPrivateCloudRouteNextHopType in the CloudTower API."""
    NAT_GATEWAY = 'NAT_GATEWAY'
    ROUTER_GATEWAY = 'ROUTER_GATEWAY'
    UNKNOWN = 'UNKNOWN'
    VPC_PEERING = 'VPC_PEERING'
    allowable_values = ['NAT_GATEWAY', 'ROUTER_GATEWAY', 'UNKNOWN', 'VPC_PEERING']
