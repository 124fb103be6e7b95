# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLun(Model):
    _declared = """
allowed_initiators str RS
assigned_size int RS
bps int RS
bps_max int RS
bps_max_length int RS
bps_rd int RS
bps_rd_max int RS
bps_rd_max_length int RS
bps_wr int RS
bps_wr_max int RS
bps_wr_max_length int RS
consistency_group NestedConsistencyGroup N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
io_size int RS
iops int RS
iops_max int RS
iops_max_length int RS
iops_rd int RS
iops_rd_max int RS
iops_rd_max_length int RS
iops_wr int RS
iops_wr_max int RS
iops_wr_max_length int RS
iscsi_target NestedIscsiTarget R
labels list[NestedLabel] N
local_created_at str RS
local_id str RS
lun_id int RS
name str RS
replica_num int RS
shared_size int RS
snapshot_num int RS
stripe_num int RS
stripe_size int RS
thin_provision bool RS
unique_logical_size float NS
unique_size int RS
zbs_volume_id str RS
"""
