# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedSecurityPolicyStatistics(Model):
    _declared = """
count_reset_timestamp str NS
count_update_timestamp str NS
match_allow_count int NS
match_default_allow_count int NS
match_default_drop_count int NS
match_drop_count int NS
match_whitelist_count int NS
total_count int NS
"""
