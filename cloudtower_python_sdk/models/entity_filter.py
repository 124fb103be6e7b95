# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EntityFilter(Model):
    _declared = """
apply_to_all_clusters bool NS
clusters list[NestedCluster] N
entity_type EntityType RS
exclude_ids list[str] RS
exec_failed_cluster list[NestedCluster] N
filter_error list[str] RS
filter_status FilterStatus RS
id str RS
ids list[str] RS
last_executed_at str NS
name str RS
preset str NS
rules list[NestedFilterRule] R
"""
