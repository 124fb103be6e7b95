# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class PciDevice(Model):
    __slots__ = ()
    _declared = """
bus str R
bus_location str R
class_code str R
device_type str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
function_num str R
host NestedHost R
id str R
iommu_status IommuStatus N
local_id str R
mdev_state PciDeviceMdevState N
mdev_type_id str N
name str R
partitioning_state PciDevicePartitionState N
product_id str R
slot str R
sriov_state PciDeviceSriovState N
subsystem_product_id str R
subsystem_vendor_id str R
total_mdev_num int N
total_partitioning_num int N
total_vf_num int N
usage_type PciDeviceType N
used_mdev_num int N
used_partitioning_num int N
used_vf_num int N
user_usage PciDeviceUsage N
vendor_id str R
verdor_name str R
"""
