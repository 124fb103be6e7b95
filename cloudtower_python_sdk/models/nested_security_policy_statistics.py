# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedSecurityPolicyStatistics(Model):
    __slots__ = ()
    _declared = """
count_reset_timestamp str N
count_update_timestamp str N
match_allow_count int N
match_default_allow_count int N
match_default_drop_count int N
match_drop_count int N
match_whitelist_count int N
total_count int N
"""
