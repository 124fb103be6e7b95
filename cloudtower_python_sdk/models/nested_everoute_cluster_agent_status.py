# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteClusterAgentStatus(Model):
    _declared = """
currentNumber:current_number int NS
expectNumber:expect_number int NS
instances list[NestedEverouteAgentStatus] N
manageVDSes:manage_vd_ses list[NestedEverouteManageVDSStatus] N
numberHealth:number_health int NS
"""
