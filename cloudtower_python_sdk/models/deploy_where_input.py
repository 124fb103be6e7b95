# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class DeployWhereInput(Model):
    _declared = """
AND:_and list[DeployWhereInput] N
NOT:_not list[DeployWhereInput] N
OR:_or list[DeployWhereInput] N
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
license LicenseWhereInput N
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
