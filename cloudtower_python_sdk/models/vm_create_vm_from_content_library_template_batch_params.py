# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmCreateVmFromContentLibraryTemplateBatchParams(Model):
    __slots__ = ()
    _declared = """
template_id str R
vms list[VmCreateVmFromContentLibraryTemplateBatchVmParams] R
"""
