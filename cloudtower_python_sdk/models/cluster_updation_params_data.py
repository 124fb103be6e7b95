# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterUpdationParamsData(Model):
    """The ClusterUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/ClusterUpdationParamsData.md.
    """
    __slots__ = ()
    datacenter_id = F('datacenter_id', 'str')
    ip = F('ip', 'str')
    password = F('password', 'str')
    primary_zone_datacenter_id = F('primary_zone_datacenter_id', 'str')
    primary_zone_id = F('primary_zone_id', 'str')
    secondary_zone_datacenter_id = F('secondary_zone_datacenter_id', 'str')
    secondary_zone_id = F('secondary_zone_id', 'str')
    username = F('username', 'str')
