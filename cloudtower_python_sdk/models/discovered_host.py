# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DiscoveredHost(Model):
    __slots__ = ()
    _declared = """
all_flash bool R
deployed bool N
dimms list[NestedDiscoveredHostDimms] N
disks list[NestedDiscoveredHostDisk] R
host_ip str R
host_uuid str R
hostname str R
ifaces list[NestedDiscoveredHostIface] R
ipmi_ip str N
is_os_in_raid1 bool N
product str N
serial str R
sockets int R
version str R
zbs_spec str N
"""
