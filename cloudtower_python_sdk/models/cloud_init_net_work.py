# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class CloudInitNetWork(Model):
    """The CloudInitNetWork object of the CloudTower API.

    Fields: see docs/models/CloudInitNetWork.md.
    """
    __slots__ = ()
    ip_address = F('ip_address', 'str')
    netmask = F('netmask', 'str')
    nic_index = F('nic_index', 'int', F.REQUIRED)
    routes = F('routes', 'list[CloudInitNetWorkRoute]')
    type = F('type', 'CloudInitNetworkTypeEnum', F.REQUIRED)
