# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudRoute(Model):
    __slots__ = ()
    _declared = """
destination str R
id str R
next_hop_local_id str R
next_hop_type VirtualPrivateCloudRouteNextHopType R
"""
