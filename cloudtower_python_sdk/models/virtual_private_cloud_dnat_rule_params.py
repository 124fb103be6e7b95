# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudDnatRuleParams(Model):
    """The VirtualPrivateCloudDnatRuleParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudDnatRuleParams.md.
    """
    __slots__ = ()
    port = F('port', 'int', F.REQUIRED)
    target_ip = F('target_ip', 'str', F.REQUIRED)
    target_port = F('target_port', 'int', F.REQUIRED)
