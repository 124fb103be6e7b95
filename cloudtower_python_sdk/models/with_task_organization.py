# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class WithTaskOrganization(Model):
    """The WithTaskOrganization object of the CloudTower API.

    Fields: see docs/models/WithTaskOrganization.md.
    """
    __slots__ = ()
    data = F('data', 'Organization', F.REQUIRED)
    task_id = F('task_id', 'str', F.NULLABLE)
