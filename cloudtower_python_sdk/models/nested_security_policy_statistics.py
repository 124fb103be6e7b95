# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedSecurityPolicyStatistics(Model):
    """The NestedSecurityPolicyStatistics object of the CloudTower API.

    Fields: see docs/models/NestedSecurityPolicyStatistics.md.
    """
    __slots__ = ()
    count_reset_timestamp = F('count_reset_timestamp', 'str', F.NULLABLE)
    count_update_timestamp = F('count_update_timestamp', 'str', F.NULLABLE)
    match_allow_count = F('match_allow_count', 'int', F.NULLABLE)
    match_default_allow_count = F('match_default_allow_count', 'int', F.NULLABLE)
    match_default_drop_count = F('match_default_drop_count', 'int', F.NULLABLE)
    match_drop_count = F('match_drop_count', 'int', F.NULLABLE)
    match_whitelist_count = F('match_whitelist_count', 'int', F.NULLABLE)
    total_count = F('total_count', 'int', F.NULLABLE)
