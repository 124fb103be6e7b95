# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityPolicyApplyToInputTarget(Model):
    """The SecurityPolicyApplyToInputTarget object of the CloudTower API.

    Fields: see docs/models/SecurityPolicyApplyToInputTarget.md.
    """
    __slots__ = ()
    label_groups = F('label_groups', 'list[LabelWhereInput]')
    security_groups = F('security_groups', 'SecurityGroupWhereInput')
