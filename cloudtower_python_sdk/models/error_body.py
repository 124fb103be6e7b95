# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ErrorBody(Model):
    __slots__ = ()
    _declared = """
code ErrorCode
message str R
operationName:operation_name str
path str R
props object
stack str
status int R
"""
