# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateAdvancedOptionsParamsData(Model):
    __slots__ = ()
    _declared = """
clock_offset VmClockOffset
cpu_model str
video_type VmVideoType
windows_optimize bool
"""
