# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateHostOptionsParamsData(Model):
    _declared = """
dns_servers list[str] S
hostname str S
ntp_servers list[str] S
"""
