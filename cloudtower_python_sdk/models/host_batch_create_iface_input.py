# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class HostBatchCreateIfaceInput(Model):
    __slots__ = ()
    _declared = """
function HostBatchCreateIfaceFunction R
gateway_ip str R
ip str R
name list[str] R
netmask str R
"""
