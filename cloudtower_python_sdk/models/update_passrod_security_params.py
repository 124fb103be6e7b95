# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class UpdatePassrodSecurityParams(Model):
    """The UpdatePassrodSecurityParams object of the CloudTower API.

    Fields: see docs/models/UpdatePassrodSecurityParams.md.
    """
    __slots__ = ()
    login_miss_num_threshold = F('login_miss_num_threshold', 'int')
    login_miss_time_threshold = F('login_miss_time_threshold', 'int')
    password_complexity = F('password_complexity', 'PasswordComplexity')
    password_expire_days = F('password_expire_days', 'int')
