# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotGroupCloneParam(Model):
    _declared = """
from_source_vm_id str RS
to_cloned_vm_name str RS
"""
