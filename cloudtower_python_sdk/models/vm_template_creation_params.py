# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmTemplateCreationParams(Model):
    __slots__ = ()
    _declared = """
cloud_init_supported bool R
cluster_id str
description str
name str R
vm_id str R
"""
