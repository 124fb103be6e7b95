# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class HostVdsConfig(Model):
    """The HostVdsConfig object of the CloudTower API.

    Fields: see docs/models/HostVdsConfig.md.
    """
    __slots__ = ()
    name = F('name', 'str', F.REQUIRED)
    nics = F('nics', 'list[str]', F.REQUIRED)
