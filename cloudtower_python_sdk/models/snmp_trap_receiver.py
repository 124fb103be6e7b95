# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnmpTrapReceiver(Model):
    """The SnmpTrapReceiver object of the CloudTower API.

    Fields: see docs/models/SnmpTrapReceiver.md.
    """
    __slots__ = ()
    auth_pass_phrase = F('auth_pass_phrase', 'str', F.NULLABLE)
    auth_protocol = F('auth_protocol', 'SnmpAuthProtocol', F.NULLABLE)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    community = F('community', 'str', F.NULLABLE)
    disabled = F('disabled', 'bool', F.REQUIRED)
    engine_id = F('engine_id', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    host = F('host', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    inform = F('inform', 'bool', F.REQUIRED)
    language_code = F('language_code', 'SnmpLanguageCode', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    port = F('port', 'int', F.REQUIRED)
    privacy_pass_phrase = F('privacy_pass_phrase', 'str', F.NULLABLE)
    privacy_protocol = F('privacy_protocol', 'SnmpPrivacyProtocol', F.NULLABLE)
    protocol = F('protocol', 'SnmpProtocol', F.REQUIRED)
    username = F('username', 'str', F.NULLABLE)
    version = F('version', 'SnmpVersion', F.REQUIRED)
