# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterUpgradeHistory(Model):
    _declared = """
cluster NestedCluster R
date str RS
id str RS
local_id str RS
progress object RS
result str RS
task_uuid str RS
version str RS
"""
