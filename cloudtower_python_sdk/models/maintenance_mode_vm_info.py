# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MaintenanceModeVmInfo(Model):
    __slots__ = ()
    _declared = """
state str N
target_host_name str N
verify MaintenanceModeVerify N
vm_ha bool N
vm_name str N
vm_state str N
vm_uuid str N
"""
