# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ExtraIp(Model):
    """The ExtraIp object of the CloudTower API.

    Fields: see docs/models/ExtraIp.md.
    """
    __slots__ = ()
    host_id = F('host_id', 'str', F.REQUIRED)
    management_ip = F('management_ip', 'str', F.REQUIRED)
