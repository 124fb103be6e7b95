# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnmpTrapReceiver(Model):
    __slots__ = ()
    _declared = """
auth_pass_phrase str N
auth_protocol SnmpAuthProtocol N
cluster NestedCluster R
community str N
disabled bool R
engine_id str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
host str R
id str R
inform bool R
language_code SnmpLanguageCode R
local_id str R
name str R
port int R
privacy_pass_phrase str N
privacy_protocol SnmpPrivacyProtocol N
protocol SnmpProtocol R
username str N
version SnmpVersion R
"""
