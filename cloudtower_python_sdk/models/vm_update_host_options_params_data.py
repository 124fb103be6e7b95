# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateHostOptionsParamsData(Model):
    """The VmUpdateHostOptionsParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateHostOptionsParamsData.md.
    """
    __slots__ = ()
    dns_servers = F('dns_servers', 'list[str]')
    hostname = F('hostname', 'str')
    ntp_servers = F('ntp_servers', 'list[str]')
