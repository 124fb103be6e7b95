# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ContentLibraryImage(Model):
    _declared = """
clusters list[NestedCluster] N
createdAt:created_at str RS
description str RS
elf_image_uuids list[str] RS
elf_images list[NestedElfImage] N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
iscsi_luns list[NestedIscsiLun] N
labels list[NestedLabel] N
name str RS
path str RS
size int RS
vm_disks list[NestedVmDisk] N
vm_snapshots list[NestedVmSnapshot] N
vm_templates list[NestedVmTemplate] N
"""
