# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedAuthSettings(Model):
    """The NestedAuthSettings object of the CloudTower API.

    Fields: see docs/models/NestedAuthSettings.md.
    """
    __slots__ = ()
    access_list = F('access_list', 'list[str]', F.NULLABLE)
    access_mode = F('access_mode', 'AccessMode', F.NULLABLE)
    enable_single_session_login = F('enable_single_session_login', 'bool', F.NULLABLE)
    login_miss_num_threshold = F('login_miss_num_threshold', 'int', F.NULLABLE)
    login_miss_time_threshold = F('login_miss_time_threshold', 'int', F.NULLABLE)
    password_complexity = F('password_complexity', 'PasswordComplexity', F.NULLABLE)
    password_expire_days = F('password_expire_days', 'int', F.NULLABLE)
    session_max_age = F('session_max_age', 'int', F.NULLABLE)
