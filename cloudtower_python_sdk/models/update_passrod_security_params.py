# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UpdatePassrodSecurityParams(Model):
    __slots__ = ()
    _declared = """
login_miss_num_threshold int
login_miss_time_threshold int
password_complexity PasswordComplexity
password_expire_days int
"""
