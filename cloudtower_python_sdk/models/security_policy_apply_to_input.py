# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SecurityPolicyApplyToInput(Model):
    """The SecurityPolicyApplyToInput object of the CloudTower API.

    Fields: see docs/models/SecurityPolicyApplyToInput.md.
    """
    __slots__ = ()
    communicable = F('communicable', 'bool')
    target = F('target', 'SecurityPolicyApplyToInputTarget', F.REQUIRED)
