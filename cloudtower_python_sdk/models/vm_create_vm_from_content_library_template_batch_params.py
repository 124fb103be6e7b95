# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmCreateVmFromContentLibraryTemplateBatchParams(Model):
    """The VmCreateVmFromContentLibraryTemplateBatchParams object of the CloudTower API.

    Fields: see docs/models/VmCreateVmFromContentLibraryTemplateBatchParams.md.
    """
    __slots__ = ()
    template_id = F('template_id', 'str', F.REQUIRED)
    vms = F('vms', 'list[VmCreateVmFromContentLibraryTemplateBatchVmParams]', F.REQUIRED)
