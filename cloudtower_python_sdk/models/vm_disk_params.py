# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmDiskParams(Model):
    _declared = """
mount_cd_roms list[VmCdRomParams]
mount_disks list[MountDisksParams]
mount_new_create_disks list[MountNewCreateDisksParams]
"""
