# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedAuthSettings(Model):
    _declared = """
access_list list[str] NS
access_mode AccessMode NS
enable_single_session_login bool NS
login_miss_num_threshold int NS
login_miss_time_threshold int NS
password_complexity PasswordComplexity NS
password_expire_days int NS
session_max_age int NS
"""
