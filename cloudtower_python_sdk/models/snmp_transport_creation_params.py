# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnmpTransportCreationParams(Model):
    """The SnmpTransportCreationParams object of the CloudTower API.

    Fields: see docs/models/SnmpTransportCreationParams.md.
    """
    __slots__ = ()
    auth_pass_phrase = F('auth_pass_phrase', 'str')
    auth_protocol = F('auth_protocol', 'SnmpAuthProtocol')
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    community = F('community', 'str')
    disabled = F('disabled', 'bool')
    name = F('name', 'str', F.REQUIRED)
    port = F('port', 'int', F.REQUIRED)
    privacy_pass_phrase = F('privacy_pass_phrase', 'str')
    privacy_protocol = F('privacy_protocol', 'SnmpPrivacyProtocol')
    protocol = F('protocol', 'SnmpProtocol', F.REQUIRED)
    username = F('username', 'str')
    version = F('version', 'SnmpVersion', F.REQUIRED)
