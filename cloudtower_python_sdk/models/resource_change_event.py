# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ResourceChangeEvent(Model):
    """The ResourceChangeEvent object of the CloudTower API.

    Fields: see docs/models/ResourceChangeEvent.md.
    """
    __slots__ = ()
    action = F('action', 'str')
    created_at = F('created_at', 'str')
    new_value = F('new_value', 'str')
    old_value = F('old_value', 'str')
    prev_revision = F('prev_revision', 'str')
    resource_id = F('resource_id', 'str')
    resource_type = F('resource_type', 'str')
    revision = F('revision', 'str', F.REQUIRED)
