# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnmpTrapReceiverUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
auth_pass_phrase str
auth_protocol SnmpAuthProtocol
community str
disabled bool
engine_id str
host str
inform bool
language_code SnmpLanguageCode
name str
port int
privacy_pass_phrase str
privacy_protocol SnmpPrivacyProtocol
protocol SnmpProtocol
username str
version SnmpVersion
"""
