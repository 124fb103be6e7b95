# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ContentLibraryVmTemplateOvfDiskOperate(Model):
    """The ContentLibraryVmTemplateOvfDiskOperate object of the CloudTower API.

    Fields: see docs/models/ContentLibraryVmTemplateOvfDiskOperate.md.
    """
    __slots__ = ()
    modify_cd_roms = F('modify_cd_roms', 'list[ContentLibraryVmdkCdromModify]')
    modify_vmdk_disks = F('modify_vmdk_disks', 'list[VmdkDiskModify]')
    mount_new_cd_roms = F('mount_new_cd_roms', 'list[ContentLibraryVmdkCdromMount]')
