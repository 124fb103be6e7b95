# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteClusterVMMetrics(Model):
    __slots__ = ()
    _declared = """
cpuUsage:cpu_usage float R
dataVolumeUsage:data_volume_usage float R
lastAcquisitionTime:last_acquisition_time str R
memoryUsage:memory_usage float R
"""
