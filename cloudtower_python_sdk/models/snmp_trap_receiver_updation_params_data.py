# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnmpTrapReceiverUpdationParamsData(Model):
    _declared = """
auth_pass_phrase str S
auth_protocol SnmpAuthProtocol S
community str S
disabled bool S
engine_id str S
host str S
inform bool S
language_code SnmpLanguageCode S
name str S
port int S
privacy_pass_phrase str S
privacy_protocol SnmpPrivacyProtocol S
protocol SnmpProtocol S
username str S
version SnmpVersion S
"""
