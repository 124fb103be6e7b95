# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVpcGatewaysCommonExternalIpsType(Model):
    """The NestedVpcGatewaysCommonExternalIpsType object of the CloudTower API.

    Fields: see docs/models/NestedVpcGatewaysCommonExternalIpsType.md.
    """
    __slots__ = ()
    edge_gateway_id = F('edge_gateway_id', 'str', F.REQUIRED)
    external_ip = F('external_ip', 'str', F.NULLABLE)
