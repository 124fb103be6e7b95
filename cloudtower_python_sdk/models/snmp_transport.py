# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnmpTransport(Model):
    _declared = """
auth_pass_phrase str NS
auth_protocol SnmpAuthProtocol NS
cluster NestedCluster R
community str NS
disabled bool RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
local_id str RS
name str RS
port int RS
privacy_pass_phrase str NS
privacy_protocol SnmpPrivacyProtocol NS
protocol SnmpProtocol RS
username str NS
version SnmpVersion RS
"""
