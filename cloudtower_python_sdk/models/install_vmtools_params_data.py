# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class InstallVmtoolsParamsData(Model):
    _declared = """
cd_rom_id str RS
svt_image_id str RS
"""
