# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespaceCommonParams(Model):
    __slots__ = ()
    _declared = """
bps int
bps_max int
bps_max_length int
bps_max_unit BPSUnit
bps_rd int
bps_rd_max int
bps_rd_max_length int
bps_rd_max_unit BPSUnit
bps_rd_unit BPSUnit
bps_unit BPSUnit
bps_wr int
bps_wr_max int
bps_wr_max_length int
bps_wr_max_unit BPSUnit
bps_wr_unit BPSUnit
iops int
iops_max int
iops_max_length int
iops_rd int
iops_rd_max int
iops_rd_max_length int
iops_wr int
iops_wr_max int
iops_wr_max_length int
nqn_whitelist str
"""
