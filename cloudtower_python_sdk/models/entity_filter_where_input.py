# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EntityFilterWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[EntityFilterWhereInput] N
NOT:_not list[EntityFilterWhereInput] N
OR:_or list[EntityFilterWhereInput] N
apply_to_all_clusters bool N
apply_to_all_clusters_not bool N
clusters_every ClusterWhereInput N
clusters_none ClusterWhereInput N
clusters_some ClusterWhereInput N
entity_type EntityType N
entity_type_in list[EntityType] N
entity_type_not EntityType N
entity_type_not_in list[EntityType] N
exec_failed_cluster_every ClusterWhereInput N
exec_failed_cluster_none ClusterWhereInput N
exec_failed_cluster_some ClusterWhereInput N
filter_status FilterStatus N
filter_status_in list[FilterStatus] N
filter_status_not FilterStatus N
filter_status_not_in list[FilterStatus] N
id str N
id_contains str N
id_ends_with str N
id_gt str N
id_gte str N
id_in list[str] N
id_lt str N
id_lte str N
id_not str N
id_not_contains str N
id_not_ends_with str N
id_not_in list[str] N
id_not_starts_with str N
id_starts_with str N
last_executed_at str N
last_executed_at_gt str N
last_executed_at_gte str N
last_executed_at_in list[str] N
last_executed_at_lt str N
last_executed_at_lte str N
last_executed_at_not str N
last_executed_at_not_in list[str] N
name str N
name_contains str N
name_ends_with str N
name_gt str N
name_gte str N
name_in list[str] N
name_lt str N
name_lte str N
name_not str N
name_not_contains str N
name_not_ends_with str N
name_not_in list[str] N
name_not_starts_with str N
name_starts_with str N
preset str N
preset_contains str N
preset_ends_with str N
preset_gt str N
preset_gte str N
preset_in list[str] N
preset_lt str N
preset_lte str N
preset_not str N
preset_not_contains str N
preset_not_ends_with str N
preset_not_in list[str] N
preset_not_starts_with str N
preset_starts_with str N
"""
