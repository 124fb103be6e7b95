# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfSubsystem(Model):
    _declared = """
bps int NS
bps_max int NS
bps_max_length int NS
bps_rd int NS
bps_rd_max int NS
bps_rd_max_length int NS
bps_wr int NS
bps_wr_max int NS
bps_wr_max_length int NS
cluster NestedCluster R
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
external_use bool RS
id str RS
internal bool RS
io_size int NS
iops int NS
iops_max int NS
iops_max_length int NS
iops_rd int NS
iops_rd_max int NS
iops_rd_max_length int NS
iops_wr int NS
iops_wr_max int NS
iops_wr_max_length int NS
ip_whitelist str RS
labels list[NestedLabel] N
local_id str RS
name str RS
namespace_groups list[NestedNamespaceGroup] N
namespaces list[NestedNvmfNamespace] N
nqn_name str RS
nqn_whitelist str RS
policy NvmfSubsystemPolicyType RS
replica_num int RS
stripe_num int RS
stripe_size int RS
thin_provision bool RS
"""
