# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class WithTaskDisk(Model):
    """The WithTaskDisk object of the CloudTower API.

    Fields: see docs/models/WithTaskDisk.md.
    """
    __slots__ = ()
    data = F('data', 'Disk', F.REQUIRED)
    task_id = F('task_id', 'str', F.NULLABLE)
