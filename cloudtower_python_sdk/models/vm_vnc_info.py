# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVncInfo(Model):
    _declared = """
cluster_ip str RS
direct str S
redirect str RS
terminal str RS
vm Vm R
"""
