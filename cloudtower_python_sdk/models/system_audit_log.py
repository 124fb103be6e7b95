# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SystemAuditLog(Model):
    __slots__ = ()
    _declared = """
action str R
cluster NestedCluster N
finished_at str N
id str R
local_created_at str N
local_id str R
message str R
resource_id str N
status UserAuditLogStatus N
"""
