# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NamespaceGroup(Model):
    __slots__ = ()
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
labels list[NestedLabel] N
local_create_time str R
local_id str R
name str R
namespaces list[NestedNvmfNamespace] N
nvmf_subsystem NestedNvmfSubsystem R
"""
