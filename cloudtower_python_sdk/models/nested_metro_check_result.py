# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedMetroCheckResult(Model):
    """The NestedMetroCheckResult object of the CloudTower API.

    Fields: see docs/models/NestedMetroCheckResult.md.
    """
    __slots__ = ()
    critical = F('critical', 'int', F.REQUIRED)
    info = F('info', 'int', F.REQUIRED)
    items = F('items', 'list[NestedMetroCheckItem]', F.REQUIRED)
    notice = F('notice', 'int', F.REQUIRED)
    status = F('status', 'MetroCheckStatusEnum', F.REQUIRED)
