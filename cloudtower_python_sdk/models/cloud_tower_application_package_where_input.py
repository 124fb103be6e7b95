# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class CloudTowerApplicationPackageWhereInput(Model):
    _declared = """
AND:_and list[CloudTowerApplicationPackageWhereInput] N
NOT:_not list[CloudTowerApplicationPackageWhereInput] N
OR:_or list[CloudTowerApplicationPackageWhereInput] N
applications_every CloudTowerApplicationWhereInput N
applications_none CloudTowerApplicationWhereInput N
applications_some CloudTowerApplicationWhereInput N
architecture Architecture NS
architecture_in list[Architecture] NS
architecture_not Architecture NS
architecture_not_in list[Architecture] NS
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
name str NS
name_contains str NS
name_ends_with str NS
name_gt str NS
name_gte str NS
name_in list[str] NS
name_lt str NS
name_lte str NS
name_not str NS
name_not_contains str NS
name_not_ends_with str NS
name_not_in list[str] NS
name_not_starts_with str NS
name_starts_with str NS
scosVersion:scos_version str NS
scosVersion_contains:scos_version_contains str NS
scosVersion_ends_with:scos_version_ends_with str NS
scosVersion_gt:scos_version_gt str NS
scosVersion_gte:scos_version_gte str NS
scosVersion_in:scos_version_in list[str] NS
scosVersion_lt:scos_version_lt str NS
scosVersion_lte:scos_version_lte str NS
scosVersion_not:scos_version_not str NS
scosVersion_not_contains:scos_version_not_contains str NS
scosVersion_not_ends_with:scos_version_not_ends_with str NS
scosVersion_not_in:scos_version_not_in list[str] NS
scosVersion_not_starts_with:scos_version_not_starts_with str NS
scosVersion_starts_with:scos_version_starts_with str NS
version str NS
version_contains str NS
version_ends_with str NS
version_gt str NS
version_gte str NS
version_in list[str] NS
version_lt str NS
version_lte str NS
version_not str NS
version_not_contains str NS
version_not_ends_with str NS
version_not_in list[str] NS
version_not_starts_with str NS
version_starts_with str NS
"""
