# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiTargetCommonParamsInitiatorChaps(Model):
    """The IscsiTargetCommonParamsInitiatorChaps object of the CloudTower API.

    Fields: see docs/models/IscsiTargetCommonParamsInitiatorChaps.md.
    """
    __slots__ = ()
    chap_name = F('chap_name', 'str', F.REQUIRED)
    chap_secret = F('chap_secret', 'str', F.REQUIRED)
    initiator_iqn = F('initiator_iqn', 'str', F.REQUIRED)
