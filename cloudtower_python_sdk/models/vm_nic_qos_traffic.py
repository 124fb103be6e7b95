# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

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
