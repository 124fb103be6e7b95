# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterCreationParams(Model):
    _declared = """
datacenter_id str S
ip str RS
password str RS
primary_zone_datacenter_id str S
secondary_zone_datacenter_id str S
username str RS
"""
