# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VdsUpdationParamsData(Model):
    _declared = """
bond_mode str S
name str S
nicIds:nic_ids list[str] S
work_mode str S
"""
