# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ApplicationVmSpecNic(Model):
    """The ApplicationVmSpecNic object of the CloudTower API.

    Fields: see docs/models/ApplicationVmSpecNic.md.
    """
    __slots__ = ()
    dhcp = F('dhcp', 'bool')
    gateway = F('gateway', 'str')
    ip = F('ip', 'str')
    mask = F('mask', 'str')
    vlan_id = F('vlanId', 'str')
