# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class PciDevice(Model):
    _declared = """
bus str RS
bus_location str RS
class_code str RS
device_type str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
function_num str RS
host NestedHost R
id str RS
iommu_status IommuStatus NS
local_id str RS
mdev_state PciDeviceMdevState NS
mdev_type_id str NS
name str RS
partitioning_state PciDevicePartitionState NS
product_id str RS
slot str RS
sriov_state PciDeviceSriovState NS
subsystem_product_id str RS
subsystem_vendor_id str RS
total_mdev_num int NS
total_partitioning_num int NS
total_vf_num int NS
usage_type PciDeviceType NS
used_mdev_num int NS
used_partitioning_num int NS
used_vf_num int NS
user_usage PciDeviceUsage NS
vendor_id str RS
verdor_name str RS
"""
