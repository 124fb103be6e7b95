# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

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
