# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedEverouteClusterVMMetrics(Model):
    _declared = """
cpuUsage:cpu_usage float RS
dataVolumeUsage:data_volume_usage float RS
lastAcquisitionTime:last_acquisition_time str RS
memoryUsage:memory_usage float RS
"""
