# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiTarget(Model):
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
chap_enabled bool R
chap_name str N
chap_secret str N
cluster NestedCluster R
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
external_use bool R
id str R
initiator_chaps list[NestedInitiatorChap] N
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
iqn_name str R
iqn_whitelist str R
labels list[NestedLabel] N
local_id str R
luns list[NestedIscsiLun] N
name str R
replica_num int R
stripe_num int R
stripe_size int R
thin_provision bool R
"""
