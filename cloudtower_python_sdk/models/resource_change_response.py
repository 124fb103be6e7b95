# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ResourceChangeResponse(Model):
    """The ResourceChangeResponse object of the CloudTower API.

    Fields: see docs/models/ResourceChangeResponse.md.
    """
    __slots__ = ()
    compact_revision = F('compactRevision', 'str', F.REQUIRED)
    current_revision = F('currentRevision', 'str', F.REQUIRED)
    data = F('data', 'list[ResourceChangeEvent]', F.REQUIRED)
    ec = F('ec', 'str', F.REQUIRED)
    error = F('error', 'object')
