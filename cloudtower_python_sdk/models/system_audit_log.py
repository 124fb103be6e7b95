# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SystemAuditLog(Model):
    _declared = """
action str RS
cluster NestedCluster N
finished_at str NS
id str RS
local_created_at str NS
local_id str RS
message str RS
resource_id str NS
status UserAuditLogStatus NS
"""
