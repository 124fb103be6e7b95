# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmNicQosTraffic(Model):
    _declared = """
burst int NS
burst_unit BitUnit S
enabled bool RS
rate_limit int NS
rate_limit_unit BitPSUnit S
"""
