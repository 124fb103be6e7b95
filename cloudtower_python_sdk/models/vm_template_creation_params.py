# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmTemplateCreationParams(Model):
    """The VmTemplateCreationParams object of the CloudTower API.

    Fields: see docs/models/VmTemplateCreationParams.md.
    """
    __slots__ = ()
    cloud_init_supported = F('cloud_init_supported', 'bool', F.REQUIRED)
    cluster_id = F('cluster_id', 'str')
    description = F('description', 'str')
    name = F('name', 'str', F.REQUIRED)
    vm_id = F('vm_id', 'str', F.REQUIRED)
