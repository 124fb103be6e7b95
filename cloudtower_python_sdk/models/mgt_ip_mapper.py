# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MgtIpMapper(Model):
    """The MgtIpMapper object of the CloudTower API.

    Fields: see docs/models/MgtIpMapper.md.
    """
    __slots__ = ()
    host_id = F('host_id', 'str', F.REQUIRED)
    ip = F('ip', 'str', F.REQUIRED)
