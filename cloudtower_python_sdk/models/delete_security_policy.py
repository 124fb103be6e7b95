# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DeleteSecurityPolicy(Model):
    __slots__ = ()
    _declared = """
id str R
"""
