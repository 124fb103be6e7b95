# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedDiscoveredHostIface(Model):
    __slots__ = ()
    _declared = """
ipv4 str N
ipv6 str N
mac_address str R
mtu int R
name str R
pci_slot_name str N
rdma_enabled bool N
speed float N
up bool R
"""
