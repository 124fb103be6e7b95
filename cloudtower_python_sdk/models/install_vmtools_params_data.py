# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class InstallVmtoolsParamsData(Model):
    """The InstallVmtoolsParamsData object of the CloudTower API.

    Fields: see docs/models/InstallVmtoolsParamsData.md.
    """
    __slots__ = ()
    cd_rom_id = F('cd_rom_id', 'str', F.REQUIRED)
    svt_image_id = F('svt_image_id', 'str', F.REQUIRED)
