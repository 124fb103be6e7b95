# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MetricLabel(Model):
    _declared = """
__typename:typename str S
_chunk:chunk str NS
_cluster:cluster str NS
_device:device str NS
_esxi_uuid:esxi_uuid str NS
_host:host str NS
_mac:mac str NS
_network:network str NS
_scvm:scvm str NS
_service:service str NS
_to_uuid:to_uuid str NS
_vm:vm str NS
_volume:volume str NS
_witness:witness str NS
_zone:zone str NS
instance str NS
job str NS
metric_name str NS
name str NS
pool str NS
serial_number str NS
to_hostname str NS
"""
