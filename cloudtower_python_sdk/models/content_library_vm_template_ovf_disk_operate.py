# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ContentLibraryVmTemplateOvfDiskOperate(Model):
    _declared = """
modify_cd_roms list[ContentLibraryVmdkCdromModify]
modify_vmdk_disks list[VmdkDiskModify]
mount_new_cd_roms list[ContentLibraryVmdkCdromMount]
"""
