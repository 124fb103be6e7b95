# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserAuditLog(Model):
    __slots__ = ()
    _declared = """
action str R
auth_type str N
cluster NestedCluster N
createdAt:created_at str R
finished_at str N
id str R
ip_address str R
message str R
resource_id str N
resource_type str N
started_at str N
status UserAuditLogStatus N
user NestedUser N
username str N
"""
