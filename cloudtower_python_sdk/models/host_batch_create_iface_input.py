# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class HostBatchCreateIfaceInput(Model):
    """The HostBatchCreateIfaceInput object of the CloudTower API.

    Fields: see docs/models/HostBatchCreateIfaceInput.md.
    """
    __slots__ = ()
    function = F('function', 'HostBatchCreateIfaceFunction', F.REQUIRED)
    gateway_ip = F('gateway_ip', 'str', F.REQUIRED)
    ip = F('ip', 'str', F.REQUIRED)
    name = F('name', 'list[str]', F.REQUIRED)
    netmask = F('netmask', 'str', F.REQUIRED)
