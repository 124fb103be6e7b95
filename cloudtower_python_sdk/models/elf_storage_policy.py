# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ElfStoragePolicy(Model):
    _declared = """
cluster NestedCluster R
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
local_id str RS
name str RS
replica_num int RS
stripe_num int RS
stripe_size int RS
thin_provision bool RS
"""
