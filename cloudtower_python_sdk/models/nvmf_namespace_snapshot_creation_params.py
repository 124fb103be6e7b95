# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespaceSnapshotCreationParams(Model):
    _declared = """
name str RS
nvmf_namespace_id str RS
nvmf_subsystem_id str RS
"""
