# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmFolder(Model):
    """The VmFolder object of the CloudTower API.

    Fields: see docs/models/VmFolder.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    vm_num = F('vm_num', 'int', F.NULLABLE)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
