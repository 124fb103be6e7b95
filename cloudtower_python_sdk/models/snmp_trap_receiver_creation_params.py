# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnmpTrapReceiverCreationParams(Model):
    """The SnmpTrapReceiverCreationParams object of the CloudTower API.

    Fields: see docs/models/SnmpTrapReceiverCreationParams.md.
    """
    __slots__ = ()
    auth_pass_phrase = F('auth_pass_phrase', 'str')
    auth_protocol = F('auth_protocol', 'SnmpAuthProtocol')
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    community = F('community', 'str')
    disabled = F('disabled', 'bool')
    engine_id = F('engine_id', 'str')
    host = F('host', 'str', F.REQUIRED)
    inform = F('inform', 'bool')
    language_code = F('language_code', 'SnmpLanguageCode', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    port = F('port', 'int', F.REQUIRED)
    privacy_pass_phrase = F('privacy_pass_phrase', 'str')
    privacy_protocol = F('privacy_protocol', 'SnmpPrivacyProtocol')
    protocol = F('protocol', 'SnmpProtocol', F.REQUIRED)
    username = F('username', 'str')
    version = F('version', 'SnmpVersion', F.REQUIRED)
