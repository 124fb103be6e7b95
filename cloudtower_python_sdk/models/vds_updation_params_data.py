# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VdsUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
bond_mode str
name str
nicIds:nic_ids list[str]
work_mode str
"""
