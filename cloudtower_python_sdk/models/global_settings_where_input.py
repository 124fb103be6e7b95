# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GlobalSettingsWhereInput(Model):
    _declared = """
AND:_and list[GlobalSettingsWhereInput] N
NOT:_not list[GlobalSettingsWhereInput] N
OR:_or list[GlobalSettingsWhereInput] N
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
"""
