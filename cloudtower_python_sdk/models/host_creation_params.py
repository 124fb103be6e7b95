# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class HostCreationParams(Model):
    _declared = """
auth_info HostAuthInfo
cluster_id str RS
data list[HostCreationParamsData] R
"""
