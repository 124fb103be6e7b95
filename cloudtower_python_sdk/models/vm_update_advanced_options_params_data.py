# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateAdvancedOptionsParamsData(Model):
    """The VmUpdateAdvancedOptionsParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateAdvancedOptionsParamsData.md.
    """
    __slots__ = ()
    clock_offset = F('clock_offset', 'VmClockOffset')
    cpu_model = F('cpu_model', 'str')
    video_type = F('video_type', 'VmVideoType')
    windows_optimize = F('windows_optimize', 'bool')
