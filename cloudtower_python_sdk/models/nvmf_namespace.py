# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespace(Model):
    __slots__ = ()
    _declared = """
assigned_size int R
bps int R
bps_max int R
bps_max_length int R
bps_rd int R
bps_rd_max int R
bps_rd_max_length int R
bps_wr int R
bps_wr_max int R
bps_wr_max_length int R
consistency_group NestedConsistencyGroup N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
io_size int R
iops int R
iops_max int R
iops_max_length int R
iops_rd int R
iops_rd_max int R
iops_rd_max_length int R
iops_wr int R
iops_wr_max int R
iops_wr_max_length int R
is_shared bool R
labels list[NestedLabel] N
local_created_at str R
local_id str R
name str R
namespace_group NestedNamespaceGroup N
namespace_id int R
nqn_whitelist str R
nvmf_subsystem NestedNvmfSubsystem R
replica_num int R
shared_size int R
snapshot_num int R
stripe_num int R
stripe_size int R
thin_provision bool R
unique_logical_size float N
unique_size int R
zbs_volume_id str R
"""
