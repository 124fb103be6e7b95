# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ContentLibraryImage(Model):
    __slots__ = ()
    _declared = """
clusters list[NestedCluster] N
createdAt:created_at str R
description str R
elf_image_uuids list[str] R
elf_images list[NestedElfImage] N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
iscsi_luns list[NestedIscsiLun] N
labels list[NestedLabel] N
name str R
path str R
size int R
vm_disks list[NestedVmDisk] N
vm_snapshots list[NestedVmSnapshot] N
vm_templates list[NestedVmTemplate] N
"""
