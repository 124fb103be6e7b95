# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DisassociateSystemServiceFromObsServiceResult(Model):
    __slots__ = ()
    _declared = """
errorCode:error_code str
errorMessage:error_message str
result DisassociateSystemServiceFromObsServiceResultType R
"""
