# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CloudTowerApplicationPackageWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[CloudTowerApplicationPackageWhereInput] N
NOT:_not list[CloudTowerApplicationPackageWhereInput] N
OR:_or list[CloudTowerApplicationPackageWhereInput] N
applications_every CloudTowerApplicationWhereInput N
applications_none CloudTowerApplicationWhereInput N
applications_some CloudTowerApplicationWhereInput N
architecture Architecture N
architecture_in list[Architecture] N
architecture_not Architecture N
architecture_not_in list[Architecture] N
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
name str N
name_contains str N
name_ends_with str N
name_gt str N
name_gte str N
name_in list[str] N
name_lt str N
name_lte str N
name_not str N
name_not_contains str N
name_not_ends_with str N
name_not_in list[str] N
name_not_starts_with str N
name_starts_with str N
scosVersion:scos_version str N
scosVersion_contains:scos_version_contains str N
scosVersion_ends_with:scos_version_ends_with str N
scosVersion_gt:scos_version_gt str N
scosVersion_gte:scos_version_gte str N
scosVersion_in:scos_version_in list[str] N
scosVersion_lt:scos_version_lt str N
scosVersion_lte:scos_version_lte str N
scosVersion_not:scos_version_not str N
scosVersion_not_contains:scos_version_not_contains str N
scosVersion_not_ends_with:scos_version_not_ends_with str N
scosVersion_not_in:scos_version_not_in list[str] N
scosVersion_not_starts_with:scos_version_not_starts_with str N
scosVersion_starts_with:scos_version_starts_with str N
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
