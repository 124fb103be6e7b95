# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DisassociateSystemServiceFromObsServiceResult(Model):
    _declared = """
errorCode:error_code str S
errorMessage:error_message str S
result DisassociateSystemServiceFromObsServiceResultType RS
"""
