# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteManageVDSStatus(Model):
    _declared = """
message str NS
phase EverouteClusterPhase NS
reason str NS
retryCount:retry_count int NS
vds NestedVds N
vdsID:vds_id str RS
"""
