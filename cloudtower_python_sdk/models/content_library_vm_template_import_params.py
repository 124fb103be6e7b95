# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ContentLibraryVmTemplateImportParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
cpu_cores int
cpu_sockets int
description str
disk_operate ContentLibraryVmTemplateOvfDiskOperate
ha bool
memory int
memory_unit ByteUnit
name str R
parsed_ovf ParsedOVF R
upload_tasks list[str] R
vcpu int
vm_nics list[ContentLibraryImportVmNic]
"""
