# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateAdvancedOptionsParamsData(Model):
    __slots__ = ()
    _declared = """
clock_offset VmClockOffset
cpu_model str
video_type VmVideoType
windows_optimize bool
"""
