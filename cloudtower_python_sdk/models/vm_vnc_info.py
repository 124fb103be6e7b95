# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVncInfo(Model):
    __slots__ = ()
    _declared = """
cluster_ip str R
direct str
redirect str R
terminal str R
vm Vm R
"""
