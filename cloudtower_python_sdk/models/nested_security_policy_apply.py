# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedSecurityPolicyApply(Model):
    """The NestedSecurityPolicyApply object of the CloudTower API.

    Fields: see docs/models/NestedSecurityPolicyApply.md.
    """
    __slots__ = ()
    communicable = F('communicable', 'bool', F.REQUIRED)
    security_group = F('security_group', 'NestedSecurityGroup', F.NULLABLE)
    security_group_id = F('security_group_id', 'str', F.NULLABLE)
    selector = F('selector', 'list[NestedLabel]', F.REQUIRED)
    selector_ids = F('selector_ids', 'list[str]', F.REQUIRED)
