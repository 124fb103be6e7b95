# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedStoragePolicyConfig(Model):
    __slots__ = ()
    _declared = """
replica_num int N
thin_provision bool N
"""
