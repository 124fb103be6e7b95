# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnmpTrapReceiverUpdationParamsData(Model):
    """The SnmpTrapReceiverUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/SnmpTrapReceiverUpdationParamsData.md.
    """
    __slots__ = ()
    auth_pass_phrase = F('auth_pass_phrase', 'str')
    auth_protocol = F('auth_protocol', 'SnmpAuthProtocol')
    community = F('community', 'str')
    disabled = F('disabled', 'bool')
    engine_id = F('engine_id', 'str')
    host = F('host', 'str')
    inform = F('inform', 'bool')
    language_code = F('language_code', 'SnmpLanguageCode')
    name = F('name', 'str')
    port = F('port', 'int')
    privacy_pass_phrase = F('privacy_pass_phrase', 'str')
    privacy_protocol = F('privacy_protocol', 'SnmpPrivacyProtocol')
    protocol = F('protocol', 'SnmpProtocol')
    username = F('username', 'str')
    version = F('version', 'SnmpVersion')
