# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EntityFilterWhereInput(Model):
    _declared = """
AND:_and list[EntityFilterWhereInput] N
NOT:_not list[EntityFilterWhereInput] N
OR:_or list[EntityFilterWhereInput] N
apply_to_all_clusters bool NS
apply_to_all_clusters_not bool NS
clusters_every ClusterWhereInput N
clusters_none ClusterWhereInput N
clusters_some ClusterWhereInput N
entity_type EntityType NS
entity_type_in list[EntityType] NS
entity_type_not EntityType NS
entity_type_not_in list[EntityType] NS
exec_failed_cluster_every ClusterWhereInput N
exec_failed_cluster_none ClusterWhereInput N
exec_failed_cluster_some ClusterWhereInput N
filter_status FilterStatus NS
filter_status_in list[FilterStatus] NS
filter_status_not FilterStatus NS
filter_status_not_in list[FilterStatus] NS
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
last_executed_at str NS
last_executed_at_gt str NS
last_executed_at_gte str NS
last_executed_at_in list[str] NS
last_executed_at_lt str NS
last_executed_at_lte str NS
last_executed_at_not str NS
last_executed_at_not_in list[str] NS
name str NS
name_contains str NS
name_ends_with str NS
name_gt str NS
name_gte str NS
name_in list[str] NS
name_lt str NS
name_lte str NS
name_not str NS
name_not_contains str NS
name_not_ends_with str NS
name_not_in list[str] NS
name_not_starts_with str NS
name_starts_with str NS
preset str NS
preset_contains str NS
preset_ends_with str NS
preset_gt str NS
preset_gte str NS
preset_in list[str] NS
preset_lt str NS
preset_lte str NS
preset_not str NS
preset_not_contains str NS
preset_not_ends_with str NS
preset_not_in list[str] NS
preset_not_starts_with str NS
preset_starts_with str NS
"""
