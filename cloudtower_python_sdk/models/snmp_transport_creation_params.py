# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnmpTransportCreationParams(Model):
    __slots__ = ()
    _declared = """
auth_pass_phrase str
auth_protocol SnmpAuthProtocol
cluster_id str R
community str
disabled bool
name str R
port int R
privacy_pass_phrase str
privacy_protocol SnmpPrivacyProtocol
protocol SnmpProtocol R
username str
version SnmpVersion R
"""
