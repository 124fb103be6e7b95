# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedDiscoveredHostIface(Model):
    """The NestedDiscoveredHostIface object of the CloudTower API.

    Fields: see docs/models/NestedDiscoveredHostIface.md.
    """
    __slots__ = ()
    ipv4 = F('ipv4', 'str', F.NULLABLE)
    ipv6 = F('ipv6', 'str', F.NULLABLE)
    mac_address = F('mac_address', 'str', F.REQUIRED)
    mtu = F('mtu', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    pci_slot_name = F('pci_slot_name', 'str', F.NULLABLE)
    rdma_enabled = F('rdma_enabled', 'bool', F.NULLABLE)
    speed = F('speed', 'float', F.NULLABLE)
    up = F('up', 'bool', F.REQUIRED)
