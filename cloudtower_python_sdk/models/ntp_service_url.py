# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NtpServiceUrl(Model):
    """The NtpServiceUrl object of the CloudTower API.

    Fields: see docs/models/NtpServiceUrl.md.
    """
    __slots__ = ()
    ntp_service_url = F('ntp_service_url', 'str', F.REQUIRED)
