# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedDiscoveredHostDimms(Model):
    __slots__ = ()
    _declared = """
dimm_id str R
fw_version str R
health_status str R
socket_id str R
"""
