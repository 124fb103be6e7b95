# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CreateVcenterAccountParamsData(Model):
    _declared = """
cluster_id str RS
ip str RS
password str RS
port int RS
username str RS
"""
