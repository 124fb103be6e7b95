# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespaceCloneParams(Model):
    _declared = """
name str RS
namespace_group_id str S
nvmf_subsystem_id str RS
snapshot_id str RS
"""
