# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ContentLibraryVmTemplateImportParams(Model):
    _declared = """
cluster_id str RS
cpu_cores int S
cpu_sockets int S
description str S
disk_operate ContentLibraryVmTemplateOvfDiskOperate
ha bool S
memory int S
memory_unit ByteUnit S
name str RS
parsed_ovf ParsedOVF R
upload_tasks list[str] RS
vcpu int S
vm_nics list[ContentLibraryImportVmNic]
"""
