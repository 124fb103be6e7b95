# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteManageVDSStatus(Model):
    __slots__ = ()
    _declared = """
message str N
phase EverouteClusterPhase N
reason str N
retryCount:retry_count int N
vds NestedVds N
vdsID:vds_id str R
"""
