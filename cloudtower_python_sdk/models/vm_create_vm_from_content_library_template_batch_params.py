# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmCreateVmFromContentLibraryTemplateBatchParams(Model):
    _declared = """
template_id str RS
vms list[VmCreateVmFromContentLibraryTemplateBatchVmParams] R
"""
