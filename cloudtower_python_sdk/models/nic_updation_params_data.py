# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NicUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
mtu int
nic_user_usage NicUserUsage
total_vf_num int
"""
