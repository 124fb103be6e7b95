# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmRestrictIoParamsData(Model):
    __slots__ = ()
    _declared = """
max_bandwidth int
max_bandwidth_policy VmDiskIoRestrictType
max_bandwidth_unit BPSUnit
max_iops int
max_iops_policy VmDiskIoRestrictType
"""
