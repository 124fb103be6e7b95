# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteClusterAgentStatus(Model):
    __slots__ = ()
    _declared = """
currentNumber:current_number int N
expectNumber:expect_number int N
instances list[NestedEverouteAgentStatus] N
manageVDSes:manage_vd_ses list[NestedEverouteManageVDSStatus] N
numberHealth:number_health int N
"""
