# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IPSecurityPolicy(Model):
    _declared = """
except_ip_block list[str] S
ip_block str RS
"""
