# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VdsCreationParams(Model):
    __slots__ = ()
    _declared = """
bond_mode str
cluster_id str R
name str R
nic_ids list[str] R
work_mode str
"""
