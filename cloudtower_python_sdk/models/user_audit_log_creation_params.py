# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserAuditLogCreationParams(Model):
    __slots__ = ()
    _declared = """
action str R
api_key_name str
cluster_id str
finished_at str
id str
ip_address str
key str
message UserAuditLogMessage R
resource_id str
resource_type str R
started_at str
status UserAuditLogStatus R
user_id str R
"""
