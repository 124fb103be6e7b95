# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateAdvancedOptionsParamsData(Model):
    _declared = """
clock_offset VmClockOffset S
cpu_model str S
video_type VmVideoType S
windows_optimize bool S
"""
