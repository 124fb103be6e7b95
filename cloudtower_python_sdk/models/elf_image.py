# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ElfImage(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster N
content_library_image NestedContentLibraryImage N
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
labels list[NestedLabel] N
local_created_at str R
local_id str R
name str R
path str R
size int R
vm_disks list[NestedVmDisk] N
vm_snapshots list[NestedVmSnapshot] N
vm_templates list[NestedVmTemplate] N
"""
