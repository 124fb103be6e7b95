# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedDiscoveredHostDimms(Model):
    _declared = """
dimm_id str RS
fw_version str RS
health_status str RS
socket_id str RS
"""
