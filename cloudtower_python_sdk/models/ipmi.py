# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Ipmi(Model):
    """The Ipmi object of the CloudTower API.

    Fields: see docs/models/Ipmi.md.
    """
    __slots__ = ()
    host = F('host', 'NestedHost', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    ip = F('ip', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    username = F('username', 'str', F.REQUIRED)
    valid = F('valid', 'bool', F.REQUIRED)
