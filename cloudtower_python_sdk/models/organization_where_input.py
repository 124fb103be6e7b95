# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class OrganizationWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[OrganizationWhereInput] N
NOT:_not list[OrganizationWhereInput] N
OR:_or list[OrganizationWhereInput] N
datacenters_every DatacenterWhereInput N
datacenters_none DatacenterWhereInput N
datacenters_some DatacenterWhereInput N
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
"""
