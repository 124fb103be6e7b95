# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterUpgradeHistory(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
date str R
id str R
local_id str R
progress object R
result str R
task_uuid str R
version str R
"""
