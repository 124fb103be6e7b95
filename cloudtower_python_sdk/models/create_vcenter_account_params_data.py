# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CreateVcenterAccountParamsData(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
ip str R
password str R
port int R
username str R
"""
