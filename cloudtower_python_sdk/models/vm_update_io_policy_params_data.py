# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateIoPolicyParamsData(Model):
    _declared = """
each_disk list[VmUpdateEachDiskIoPolicyParams]
io_policy VmDiskIoPolicy NS
whole_vm VmRestrictIoParamsData
"""
