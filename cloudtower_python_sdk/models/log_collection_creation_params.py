# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class LogCollectionCreationParams(Model):
    _declared = """
cluster_id str RS
hosts HostWhereInput R
log_ended_at datetime R
log_started_at datetime R
service_groups list[LogCollectionServiceGroupParams]
witness_id str S
"""
