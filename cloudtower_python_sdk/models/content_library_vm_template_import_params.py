# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ContentLibraryVmTemplateImportParams(Model):
    """The ContentLibraryVmTemplateImportParams object of the CloudTower API.

    Fields: see docs/models/ContentLibraryVmTemplateImportParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    cpu_cores = F('cpu_cores', 'int')
    cpu_sockets = F('cpu_sockets', 'int')
    description = F('description', 'str')
    disk_operate = F('disk_operate', 'ContentLibraryVmTemplateOvfDiskOperate')
    ha = F('ha', 'bool')
    memory = F('memory', 'int')
    memory_unit = F('memory_unit', 'ByteUnit')
    name = F('name', 'str', F.REQUIRED)
    parsed_ovf = F('parsed_ovf', 'ParsedOVF', F.REQUIRED)
    upload_tasks = F('upload_tasks', 'list[str]', F.REQUIRED)
    vcpu = F('vcpu', 'int')
    vm_nics = F('vm_nics', 'list[ContentLibraryImportVmNic]')
