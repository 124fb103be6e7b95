# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class V2EverouteLicenseConnection(Model):
    """The V2EverouteLicenseConnection object of the CloudTower API.

    Fields: see docs/models/V2EverouteLicenseConnection.md.
    """
    __slots__ = ()
    aggregate = F('aggregate', 'NestedAggregateV2EverouteLicense', F.REQUIRED)
