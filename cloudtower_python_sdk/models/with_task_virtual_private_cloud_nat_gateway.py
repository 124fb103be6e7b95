# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class WithTaskVirtualPrivateCloudNatGateway(Model):
    """The WithTaskVirtualPrivateCloudNatGateway object of the CloudTower API.

    Fields: see docs/models/WithTaskVirtualPrivateCloudNatGateway.md.
    """
    __slots__ = ()
    data = F('data', 'VirtualPrivateCloudNatGateway', F.REQUIRED)
    task_id = F('task_id', 'str', F.NULLABLE)
