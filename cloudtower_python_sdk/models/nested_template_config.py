# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedTemplateConfig(Model):
    """The NestedTemplateConfig object of the CloudTower API.

    Fields: see docs/models/NestedTemplateConfig.md.
    """
    __slots__ = ()
    cpu_exclusive_expected_enabled = F('cpu_exclusive_expected_enabled', 'bool', F.NULLABLE)
    guest_os_type = F('guest_os_type', 'str', F.NULLABLE)
    minimum_replica = F('minimum_replica', 'bool', F.NULLABLE)
    sync_vm_time_on_resume = F('sync_vm_time_on_resume', 'bool', F.NULLABLE)
