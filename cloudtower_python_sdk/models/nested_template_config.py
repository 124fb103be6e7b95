# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedTemplateConfig(Model):
    __slots__ = ()
    _declared = """
cpu_exclusive_expected_enabled bool N
guest_os_type str N
minimum_replica bool N
sync_vm_time_on_resume bool N
"""
