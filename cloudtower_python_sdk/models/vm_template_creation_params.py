# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmTemplateCreationParams(Model):
    _declared = """
cloud_init_supported bool RS
cluster_id str S
description str S
name str RS
vm_id str RS
"""
