# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class LogCollection(Model):
    _declared = """
cluster NestedCluster R
groups list[str] RS
hosts list[NestedHost] N
id str RS
local_id str RS
log_ended_at str RS
log_started_at str RS
owner str RS
path str RS
progress float RS
service_groups object NS
services list[str] RS
size int RS
started_at str RS
status LogCollectionStatus RS
witness NestedWitness N
"""
