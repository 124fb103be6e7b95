# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterCreationParams(Model):
    __slots__ = ()
    _declared = """
datacenter_id str
ip str R
password str R
primary_zone_datacenter_id str
secondary_zone_datacenter_id str
username str R
"""
