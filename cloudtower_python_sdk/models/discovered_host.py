# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DiscoveredHost(Model):
    """The DiscoveredHost object of the CloudTower API.

    Fields: see docs/models/DiscoveredHost.md.
    """
    __slots__ = ()
    all_flash = F('all_flash', 'bool', F.REQUIRED)
    deployed = F('deployed', 'bool', F.NULLABLE)
    dimms = F('dimms', 'list[NestedDiscoveredHostDimms]', F.NULLABLE)
    disks = F('disks', 'list[NestedDiscoveredHostDisk]', F.REQUIRED)
    host_ip = F('host_ip', 'str', F.REQUIRED)
    host_uuid = F('host_uuid', 'str', F.REQUIRED)
    hostname = F('hostname', 'str', F.REQUIRED)
    ifaces = F('ifaces', 'list[NestedDiscoveredHostIface]', F.REQUIRED)
    ipmi_ip = F('ipmi_ip', 'str', F.NULLABLE)
    is_os_in_raid1 = F('is_os_in_raid1', 'bool', F.NULLABLE)
    product = F('product', 'str', F.NULLABLE)
    serial = F('serial', 'str', F.REQUIRED)
    sockets = F('sockets', 'int', F.REQUIRED)
    version = F('version', 'str', F.REQUIRED)
    zbs_spec = F('zbs_spec', 'str', F.NULLABLE)
