# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ApplicationVmSpecDefinition(Model):
    """The ApplicationVmSpecDefinition object of the CloudTower API.

    Fields: see docs/models/ApplicationVmSpecDefinition.md.
    """
    __slots__ = ()
    group = F('group', 'str')
    instances = F('instances', 'list[ApplicationVmSpec]')
    name = F('name', 'str')
    placement = F('placement', 'ApplicationVmSpecPlacement')
    template = F('template', 'ApplicationVmSpec')
    vm_affinity = F('vmAffinity', 'ApplicationVmSpecAffinityPolicy')
