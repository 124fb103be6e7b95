# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudRoute(Model):
    _declared = """
destination str RS
id str RS
next_hop_local_id str RS
next_hop_type VirtualPrivateCloudRouteNextHopType RS
"""
