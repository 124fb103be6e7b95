# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfSubsystem(Model):
    __slots__ = ()
    _declared = """
bps int N
bps_max int N
bps_max_length int N
bps_rd int N
bps_rd_max int N
bps_rd_max_length int N
bps_wr int N
bps_wr_max int N
bps_wr_max_length int N
cluster NestedCluster R
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
external_use bool R
id str R
internal bool R
io_size int N
iops int N
iops_max int N
iops_max_length int N
iops_rd int N
iops_rd_max int N
iops_rd_max_length int N
iops_wr int N
iops_wr_max int N
iops_wr_max_length int N
ip_whitelist str R
labels list[NestedLabel] N
local_id str R
name str R
namespace_groups list[NestedNamespaceGroup] N
namespaces list[NestedNvmfNamespace] N
nqn_name str R
nqn_whitelist str R
policy NvmfSubsystemPolicyType R
replica_num int R
stripe_num int R
stripe_size int R
thin_provision bool R
"""
