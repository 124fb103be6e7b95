# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSecurityPolicyApplyInput(Model):
    """The VirtualPrivateCloudSecurityPolicyApplyInput object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSecurityPolicyApplyInput.md.
    """
    __slots__ = ()
    communicable = F('communicable', 'bool', F.REQUIRED)
    security_group_id = F('security_group_id', 'str', F.REQUIRED)
