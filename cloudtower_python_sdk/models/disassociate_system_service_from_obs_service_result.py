# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DisassociateSystemServiceFromObsServiceResult(Model):
    """The DisassociateSystemServiceFromObsServiceResult object of the CloudTower API.

    Fields: see docs/models/DisassociateSystemServiceFromObsServiceResult.md.
    """
    __slots__ = ()
    error_code = F('errorCode', 'str')
    error_message = F('errorMessage', 'str')
    result = F('result', 'DisassociateSystemServiceFromObsServiceResultType', F.REQUIRED)
