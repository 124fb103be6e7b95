# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiConnection(Model):
    """The IscsiConnection object of the CloudTower API.

    Fields: see docs/models/IscsiConnection.md.
    """
    __slots__ = ()
    client_port = F('client_port', 'int', F.REQUIRED)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    host = F('host', 'NestedHost', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    initiator_ip = F('initiator_ip', 'str', F.REQUIRED)
    iscsi_target = F('iscsi_target', 'NestedIscsiTarget', F.NULLABLE)
    nvmf_subsystem = F('nvmf_subsystem', 'NestedNvmfSubsystem', F.NULLABLE)
    tr_type = F('tr_type', 'StoreTransportType', F.NULLABLE)
    type = F('type', 'StoreConnectionType', F.REQUIRED)
