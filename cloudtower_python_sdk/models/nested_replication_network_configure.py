# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedReplicationNetworkConfigure(Model):
    _declared = """
gateway str NS
ip str RS
subnet_mask str NS
"""
