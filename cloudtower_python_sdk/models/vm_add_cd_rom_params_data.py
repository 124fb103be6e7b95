# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmAddCdRomParamsData(Model):
    """The VmAddCdRomParamsData object of the CloudTower API.

    Fields: see docs/models/VmAddCdRomParamsData.md.
    """
    __slots__ = ()
    vm_cd_roms = F('vm_cd_roms', 'list[VmCdRomParams]', F.REQUIRED)
