# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class View(Model):
    _declared = """
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
graphs list[NestedGraph] N
id str RS
local_id str RS
name str RS
time_span int RS
time_unit TimeUnit RS
"""
