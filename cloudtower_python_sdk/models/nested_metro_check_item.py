# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedMetroCheckItem(Model):
    """The NestedMetroCheckItem object of the CloudTower API.

    Fields: see docs/models/NestedMetroCheckItem.md.
    """
    __slots__ = ()
    critical = F('critical', 'list[str]', F.REQUIRED)
    info = F('info', 'list[str]', F.REQUIRED)
    key = F('key', 'str', F.REQUIRED)
    labels = F('labels', 'object', F.REQUIRED)
    notice = F('notice', 'list[str]', F.REQUIRED)
    status = F('status', 'MetroCheckStatusEnum', F.REQUIRED)
