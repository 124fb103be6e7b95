# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedAuthSettings(Model):
    __slots__ = ()
    _declared = """
access_list list[str] N
access_mode AccessMode N
enable_single_session_login bool N
login_miss_num_threshold int N
login_miss_time_threshold int N
password_complexity PasswordComplexity N
password_expire_days int N
session_max_age int N
"""
