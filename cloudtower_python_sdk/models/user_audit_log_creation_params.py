# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UserAuditLogCreationParams(Model):
    _declared = """
action str{1,} RS
api_key_name str S
cluster_id str S
finished_at str S
id str S
ip_address str S
key str S
message UserAuditLogMessage R
resource_id str S
resource_type str{1,} RS
started_at str S
status UserAuditLogStatus RS
user_id str RS
"""
