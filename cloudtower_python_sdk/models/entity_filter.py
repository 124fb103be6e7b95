# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EntityFilter(Model):
    __slots__ = ()
    _declared = """
apply_to_all_clusters bool N
clusters list[NestedCluster] N
entity_type EntityType R
exclude_ids list[str] R
exec_failed_cluster list[NestedCluster] N
filter_error list[str] R
filter_status FilterStatus R
id str R
ids list[str] R
last_executed_at str N
name str R
preset str N
rules list[NestedFilterRule] R
"""
