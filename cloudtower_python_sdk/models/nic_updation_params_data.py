# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NicUpdationParamsData(Model):
    _declared = """
mtu int S
nic_user_usage NicUserUsage S
total_vf_num int S
"""
