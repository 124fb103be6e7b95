# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnmpTransportCreationParams(Model):
    _declared = """
auth_pass_phrase str S
auth_protocol SnmpAuthProtocol S
cluster_id str RS
community str S
disabled bool S
name str RS
port int RS
privacy_pass_phrase str S
privacy_protocol SnmpPrivacyProtocol S
protocol SnmpProtocol RS
username str S
version SnmpVersion RS
"""
