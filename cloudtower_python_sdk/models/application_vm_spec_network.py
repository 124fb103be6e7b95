# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ApplicationVmSpecNetwork(Model):
    """The ApplicationVmSpecNetwork object of the CloudTower API.

    Fields: see docs/models/ApplicationVmSpecNetwork.md.
    """
    __slots__ = ()
    dns = F('dns', 'list[str]')
    nics = F('nics', 'list[ApplicationVmSpecNic]')
