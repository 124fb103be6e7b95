# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Nic(Model):
    _declared = """
driver str NS
driver_state NicDriverState NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
gateway_ip str NS
host NestedHost R
ibdev str NS
id str RS
iommu_status IommuStatus NS
ip_address str NS
is_sriov bool NS
labels list[NestedLabel] N
local_id str RS
mac_address str RS
max_vf_num int NS
model str NS
mtu int RS
name str RS
nic_uuid str NS
physical bool RS
rdma_enabled bool NS
running bool RS
speed int NS
subnet_mask str NS
total_vf_num int NS
type NetworkType NS
up bool RS
used_vf_num int NS
user_usage NicUserUsage NS
vds NestedVds N
vms list[NestedVm] N
"""
