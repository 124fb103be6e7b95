# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiTarget(Model):
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
chap_enabled bool RS
chap_name str NS
chap_secret str NS
cluster NestedCluster R
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
external_use bool RS
id str RS
initiator_chaps list[NestedInitiatorChap] N
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
iqn_name str RS
iqn_whitelist str RS
labels list[NestedLabel] N
local_id str RS
luns list[NestedIscsiLun] N
name str RS
replica_num int RS
stripe_num int RS
stripe_size int RS
thin_provision bool RS
"""
