# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class LogCollection(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
groups list[str] R
hosts list[NestedHost] N
id str R
local_id str R
log_ended_at str R
log_started_at str R
owner str R
path str R
progress float R
service_groups object N
services list[str] R
size int R
started_at str R
status LogCollectionStatus R
witness NestedWitness N
"""
