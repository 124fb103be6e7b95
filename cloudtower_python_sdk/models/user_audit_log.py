# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserAuditLog(Model):
    _declared = """
action str RS
auth_type str NS
cluster NestedCluster N
createdAt:created_at str RS
finished_at str NS
id str RS
ip_address str RS
message str RS
resource_id str NS
resource_type str NS
started_at str NS
status UserAuditLogStatus NS
user NestedUser N
username str NS
"""
