# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GetScvmNetworkInput(Model):
    """The GetScvmNetworkInput object of the CloudTower API.

    Fields: see docs/models/GetScvmNetworkInput.md.
    """
    __slots__ = ()
    hosts = F('hosts', 'HostWhereInput', F.REQUIRED)
    metrics = F('metrics', 'list[str]', F.REQUIRED)
    nics = F('nics', 'NicWhereInput')
    range = F('range', 'str', F.REQUIRED)
