# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class View(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
graphs list[NestedGraph] N
id str R
local_id str R
name str R
time_span int R
time_unit TimeUnit R
"""
