# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UpdateVsphereEsxiAccountParamsData(Model):
    __slots__ = ()
    _declared = """
esxi_account_id str R
ip str R
password str
port int
username str R
"""
