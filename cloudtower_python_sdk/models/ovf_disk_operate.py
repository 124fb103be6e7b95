# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class OvfDiskOperate(Model):
    _declared = """
modify_cd_roms list[VmdkCdromModify]
modify_vmdk_disks list[VmdkDiskModify]
new_disks VmDiskParams
"""
