# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ErrorBody(Model):
    _declared = """
code ErrorCode S
message str RS
operationName:operation_name str S
path str RS
props object S
stack str S
status int RS
"""
