# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterImage(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
local_id str N
meta_name str R
meta_size int R
name str R
size int R
upgrade_from list[str] R
upgrade_tool_version str N
version str R
zbs_version str N
"""
