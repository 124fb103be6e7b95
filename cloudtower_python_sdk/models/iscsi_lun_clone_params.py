# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLunCloneParams(Model):
    __slots__ = ()
    _declared = """
iscsi_target_id str R
name str R
snapshot_id str R
"""
