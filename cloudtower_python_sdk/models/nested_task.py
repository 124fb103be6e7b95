# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedTask(Model):
    """The NestedTask object of the CloudTower API.

    Fields: see docs/models/NestedTask.md.
    """
    __slots__ = ()
    args = F('args', 'object', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    internal = F('internal', 'bool', F.REQUIRED)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    progress = F('progress', 'float', F.REQUIRED)
    snapshot = F('snapshot', 'str', F.REQUIRED)
    status = F('status', 'TaskStatus', F.REQUIRED)
    steps = F('steps', 'list[NestedStep]', F.REQUIRED)
