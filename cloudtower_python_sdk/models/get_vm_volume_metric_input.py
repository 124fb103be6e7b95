# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetVmVolumeMetricInput(Model):
    _declared = """
metrics list[str] RS
range str RS
vmVolumes:vm_volumes VmVolumeWhereInput R
"""
