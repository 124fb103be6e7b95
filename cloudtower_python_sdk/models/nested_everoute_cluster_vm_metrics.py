# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteClusterVMMetrics(Model):
    """The NestedEverouteClusterVMMetrics object of the CloudTower API.

    Fields: see docs/models/NestedEverouteClusterVMMetrics.md.
    """
    __slots__ = ()
    cpu_usage = F('cpuUsage', 'float', F.REQUIRED)
    data_volume_usage = F('dataVolumeUsage', 'float', F.REQUIRED)
    last_acquisition_time = F('lastAcquisitionTime', 'str', F.REQUIRED)
    memory_usage = F('memoryUsage', 'float', F.REQUIRED)
