# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSecurityPolicyUpdateBody(Model):
    """The VirtualPrivateCloudSecurityPolicyUpdateBody object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSecurityPolicyUpdateBody.md.
    """
    __slots__ = ()
    data = F('data', 'VirtualPrivateCloudSecurityPolicyUpdateParams', F.REQUIRED)
    where = F('where', 'VirtualPrivateCloudSecurityPolicyWhereInput', F.REQUIRED)
