# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NamespaceGroup(Model):
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
labels list[NestedLabel] N
local_create_time str RS
local_id str RS
name str RS
namespaces list[NestedNvmfNamespace] N
nvmf_subsystem NestedNvmfSubsystem R
"""
