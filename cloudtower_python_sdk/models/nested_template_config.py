# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedTemplateConfig(Model):
    _declared = """
cpu_exclusive_expected_enabled bool NS
guest_os_type str NS
minimum_replica bool NS
sync_vm_time_on_resume bool NS
"""
