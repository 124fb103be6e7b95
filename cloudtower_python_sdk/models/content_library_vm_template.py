# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ContentLibraryVmTemplate(Model):
    """The ContentLibraryVmTemplate object of the CloudTower API.

    Fields: see docs/models/ContentLibraryVmTemplate.md.
    """
    __slots__ = ()
    architecture = F('architecture', 'Architecture', F.REQUIRED)
    clock_offset = F('clock_offset', 'VmClockOffset', F.NULLABLE)
    cloud_init_supported = F('cloud_init_supported', 'bool', F.REQUIRED)
    clusters = F('clusters', 'list[NestedCluster]', F.NULLABLE)
    cpu = F('cpu', 'NestedCpu', F.NULLABLE)
    cpu_model = F('cpu_model', 'str', F.NULLABLE)
    created_at = F('createdAt', 'str', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    firmware = F('firmware', 'VmFirmware', F.NULLABLE)
    ha = F('ha', 'bool', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    io_policy = F('io_policy', 'VmDiskIoPolicy', F.NULLABLE)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    max_bandwidth = F('max_bandwidth', 'int', F.NULLABLE)
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    max_iops = F('max_iops', 'int', F.NULLABLE)
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType', F.NULLABLE)
    memory = F('memory', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    os = F('os', 'str', F.NULLABLE)
    size = F('size', 'int', F.REQUIRED)
    template_config = F('template_config', 'NestedTemplateConfig', F.NULLABLE)
    vcpu = F('vcpu', 'int', F.REQUIRED)
    video_type = F('video_type', 'str', F.NULLABLE)
    vm_disks = F('vm_disks', 'list[NestedContentLibraryVmTemplateDisk]', F.NULLABLE)
    vm_nics = F('vm_nics', 'list[NestedContentLibraryVmTemplateNic]', F.NULLABLE)
    vm_template_uuids = F('vm_template_uuids', 'list[str]', F.REQUIRED)
    vm_templates = F('vm_templates', 'list[NestedVmTemplate]', F.NULLABLE)
    win_opt = F('win_opt', 'bool', F.NULLABLE)
    zbs_storage_info = F('zbs_storage_info', 'list[NestedZbsStorageInfo]', F.NULLABLE)
