# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UpgradeCloudTowerApplicationParamsData(Model):
    _declared = """
targetPackage:target_package str RS
"""
