# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UpdateVsphereEsxiAccountParamsData(Model):
    _declared = """
esxi_account_id str RS
ip str RS
password str S
port int S
username str RS
"""
