# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MaintenanceModeVmInfo(Model):
    _declared = """
state str NS
target_host_name str NS
verify MaintenanceModeVerify N
vm_ha bool NS
vm_name str NS
vm_state str NS
vm_uuid str NS
"""
