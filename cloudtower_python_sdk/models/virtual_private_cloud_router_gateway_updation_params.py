# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudRouterGatewayUpdationParams(Model):
    _declared = """
data VirtualPrivateCloudRouterGatewayUpdateDataParams R
where VirtualPrivateCloudRouterGatewayWhereInput R
"""
