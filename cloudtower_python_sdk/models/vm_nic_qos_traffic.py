# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmNicQosTraffic(Model):
    __slots__ = ()
    _declared = """
burst int N
burst_unit BitUnit
enabled bool R
rate_limit int N
rate_limit_unit BitPSUnit
"""
