# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DeployWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[DeployWhereInput] N
NOT:_not list[DeployWhereInput] N
OR:_or list[DeployWhereInput] N
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
license LicenseWhereInput N
version str N
version_contains str N
version_ends_with str N
version_gt str N
version_gte str N
version_in list[str] N
version_lt str N
version_lte str N
version_not str N
version_not_contains str N
version_not_ends_with str N
version_not_in list[str] N
version_not_starts_with str N
version_starts_with str N
"""
