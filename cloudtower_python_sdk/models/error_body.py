# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ErrorBody(Model):
    """The ErrorBody object of the CloudTower API.

    Fields: see docs/models/ErrorBody.md.
    """
    __slots__ = ()
    code = F('code', 'ErrorCode')
    message = F('message', 'str', F.REQUIRED)
    operation_name = F('operationName', 'str')
    path = F('path', 'str', F.REQUIRED)
    props = F('props', 'object')
    stack = F('stack', 'str')
    status = F('status', 'int', F.REQUIRED)
