# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GlobalSettingsWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[GlobalSettingsWhereInput] N
NOT:_not list[GlobalSettingsWhereInput] N
OR:_or list[GlobalSettingsWhereInput] N
id str N
id_contains str N
id_ends_with str N
id_gt str N
id_gte str N
id_in list[str] N
id_lt str N
id_lte str N
id_not str N
id_not_contains str N
id_not_ends_with str N
id_not_in list[str] N
id_not_starts_with str N
id_starts_with str N
"""
