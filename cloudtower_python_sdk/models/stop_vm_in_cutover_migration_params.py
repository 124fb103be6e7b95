# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class StopVmInCutoverMigrationParams(Model):
    """The StopVmInCutoverMigrationParams object of the CloudTower API.

    Fields: see docs/models/StopVmInCutoverMigrationParams.md.
    """
    __slots__ = ()
    force = F('force', 'bool')
    tasks = F('tasks', 'TaskWhereInput', F.REQUIRED)
