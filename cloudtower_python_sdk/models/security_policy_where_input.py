# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SecurityPolicyWhereInput(Model):
    _declared = """
AND:_and list[SecurityPolicyWhereInput] N
NOT:_not list[SecurityPolicyWhereInput] N
OR:_or list[SecurityPolicyWhereInput] N
description str NS
description_contains str NS
description_ends_with str NS
description_gt str NS
description_gte str NS
description_in list[str] NS
description_lt str NS
description_lte str NS
description_not str NS
description_not_contains str NS
description_not_ends_with str NS
description_not_in list[str] NS
description_not_starts_with str NS
description_starts_with str NS
everoute_cluster EverouteClusterWhereInput N
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
is_blocklist bool NS
is_blocklist_not bool NS
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
policy_mode PolicyMode NS
policy_mode_in list[PolicyMode] NS
policy_mode_not PolicyMode NS
policy_mode_not_in list[PolicyMode] NS
statistics SecurityPolicyStatisticsWhereInput N
"""
