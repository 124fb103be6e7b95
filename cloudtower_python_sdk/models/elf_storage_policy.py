# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ElfStoragePolicy(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
local_id str R
name str R
replica_num int R
stripe_num int R
stripe_size int R
thin_provision bool R
"""
