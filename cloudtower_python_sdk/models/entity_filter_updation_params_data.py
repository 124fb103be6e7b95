# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EntityFilterUpdationParamsData(Model):
    _declared = """
apply_to_all_clusters bool S
clusters ClusterWhereInput
exclude_vms VmWhereInput
name str S
rules list[FilterRuleInput]
"""
