# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmRemoveNicByWhereParamsEffect(Model):
    _declared = """
vm_ids list[str]{1,} S
"""
