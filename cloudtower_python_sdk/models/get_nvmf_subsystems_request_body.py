# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GetNvmfSubsystemsRequestBody(Model):
    """The GetNvmfSubsystemsRequestBody object of the CloudTower API.

    Fields: see docs/models/GetNvmfSubsystemsRequestBody.md.
    """
    __slots__ = ()
    after = F('after', 'str', F.NULLABLE)
    before = F('before', 'str', F.NULLABLE)
    first = F('first', 'int', F.NULLABLE)
    last = F('last', 'int', F.NULLABLE)
    order_by = F('orderBy', 'NvmfSubsystemOrderByInput', F.NULLABLE)
    skip = F('skip', 'int', F.NULLABLE)
    where = F('where', 'NvmfSubsystemWhereInput', F.NULLABLE)
