# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class HostBatchCreateIfaceInput(Model):
    _declared = """
function HostBatchCreateIfaceFunction RS
gateway_ip str RS
ip str RS
name list[str] RS
netmask str RS
"""
