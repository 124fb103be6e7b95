# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespaceCloneParams(Model):
    __slots__ = ()
    _declared = """
name str R
namespace_group_id str
nvmf_subsystem_id str R
snapshot_id str R
"""
