# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IsolationPolicyUpdateBody(Model):
    """The IsolationPolicyUpdateBody object of the CloudTower API.

    Fields: see docs/models/IsolationPolicyUpdateBody.md.
    """
    __slots__ = ()
    data = F('data', 'IsolationPolicyUpdateParams', F.REQUIRED)
    where = F('where', 'IsolationPolicyWhereInput', F.REQUIRED)
