# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class UpdatePassrodSecurityParams(Model):
    _declared = """
login_miss_num_threshold int S
login_miss_time_threshold int S
password_complexity PasswordComplexity S
password_expire_days int S
"""
