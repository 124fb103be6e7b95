# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ElfImage(Model):
    _declared = """
cluster NestedCluster N
content_library_image NestedContentLibraryImage N
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
labels list[NestedLabel] N
local_created_at str RS
local_id str RS
name str RS
path str RS
size int RS
vm_disks list[NestedVmDisk] N
vm_snapshots list[NestedVmSnapshot] N
vm_templates list[NestedVmTemplate] N
"""
