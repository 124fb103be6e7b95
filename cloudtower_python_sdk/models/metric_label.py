# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MetricLabel(Model):
    __slots__ = ()
    _declared = """
__typename:typename str
_chunk:chunk str N
_cluster:cluster str N
_device:device str N
_esxi_uuid:esxi_uuid str N
_host:host str N
_mac:mac str N
_network:network str N
_scvm:scvm str N
_service:service str N
_to_uuid:to_uuid str N
_vm:vm str N
_volume:volume str N
_witness:witness str N
_zone:zone str N
instance str N
job str N
metric_name str N
name str N
pool str N
serial_number str N
to_hostname str N
"""
