# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MetricLabel(Model):
    """The MetricLabel object of the CloudTower API.

    Fields: see docs/models/MetricLabel.md.
    """
    __slots__ = ()
    typename = F('__typename', 'str')
    chunk = F('_chunk', 'str', F.NULLABLE)
    cluster = F('_cluster', 'str', F.NULLABLE)
    device = F('_device', 'str', F.NULLABLE)
    esxi_uuid = F('_esxi_uuid', 'str', F.NULLABLE)
    host = F('_host', 'str', F.NULLABLE)
    mac = F('_mac', 'str', F.NULLABLE)
    network = F('_network', 'str', F.NULLABLE)
    scvm = F('_scvm', 'str', F.NULLABLE)
    service = F('_service', 'str', F.NULLABLE)
    to_uuid = F('_to_uuid', 'str', F.NULLABLE)
    vm = F('_vm', 'str', F.NULLABLE)
    volume = F('_volume', 'str', F.NULLABLE)
    witness = F('_witness', 'str', F.NULLABLE)
    zone = F('_zone', 'str', F.NULLABLE)
    instance = F('instance', 'str', F.NULLABLE)
    job = F('job', 'str', F.NULLABLE)
    metric_name = F('metric_name', 'str', F.NULLABLE)
    name = F('name', 'str', F.NULLABLE)
    pool = F('pool', 'str', F.NULLABLE)
    serial_number = F('serial_number', 'str', F.NULLABLE)
    to_hostname = F('to_hostname', 'str', F.NULLABLE)
