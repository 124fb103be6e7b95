# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespaceCommonParams(Model):
    _declared = """
bps int S
bps_max int S
bps_max_length int S
bps_max_unit BPSUnit S
bps_rd int S
bps_rd_max int S
bps_rd_max_length int S
bps_rd_max_unit BPSUnit S
bps_rd_unit BPSUnit S
bps_unit BPSUnit S
bps_wr int S
bps_wr_max int S
bps_wr_max_length int S
bps_wr_max_unit BPSUnit S
bps_wr_unit BPSUnit S
iops int S
iops_max int S
iops_max_length int S
iops_rd int S
iops_rd_max int S
iops_rd_max_length int S
iops_wr int S
iops_wr_max int S
iops_wr_max_length int S
nqn_whitelist str S
"""
