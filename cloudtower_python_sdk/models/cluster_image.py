# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterImage(Model):
    _declared = """
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
local_id str NS
meta_name str RS
meta_size int RS
name str RS
size int RS
upgrade_from list[str] RS
upgrade_tool_version str NS
version str RS
zbs_version str NS
"""
