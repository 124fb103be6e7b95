# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedDiscoveredHostIface(Model):
    _declared = """
ipv4 str NS
ipv6 str NS
mac_address str RS
mtu int RS
name str RS
pci_slot_name str NS
rdma_enabled bool NS
speed float NS
up bool RS
"""
