# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DiscoveredHost(Model):
    _declared = """
all_flash bool RS
deployed bool NS
dimms list[NestedDiscoveredHostDimms] N
disks list[NestedDiscoveredHostDisk] R
host_ip str RS
host_uuid str RS
hostname str RS
ifaces list[NestedDiscoveredHostIface] R
ipmi_ip str NS
is_os_in_raid1 bool NS
product str NS
serial str RS
sockets int RS
version str RS
zbs_spec str NS
"""
