# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NamespaceGroupCreationParams(Model):
    """The NamespaceGroupCreationParams object of the CloudTower API.

    Fields: see docs/models/NamespaceGroupCreationParams.md.
    """
    __slots__ = ()
    name = F('name', 'str', F.REQUIRED)
    nvmf_subsystem_id = F('nvmf_subsystem_id', 'str', F.REQUIRED)
