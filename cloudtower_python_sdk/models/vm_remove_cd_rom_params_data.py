# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmRemoveCdRomParamsData(Model):
    """The VmRemoveCdRomParamsData object of the CloudTower API.

    Fields: see docs/models/VmRemoveCdRomParamsData.md.
    """
    __slots__ = ()
    cd_rom_ids = F('cd_rom_ids', 'list[str]', F.REQUIRED)
