# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NetworkPolicyRuleServiceWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[NetworkPolicyRuleServiceWhereInput] N
NOT:_not list[NetworkPolicyRuleServiceWhereInput] N
OR:_or list[NetworkPolicyRuleServiceWhereInput] N
description str N
description_contains str N
description_ends_with str N
description_gt str N
description_gte str N
description_in list[str] N
description_lt str N
description_lte str N
description_not str N
description_not_contains str N
description_not_ends_with str N
description_not_in list[str] N
description_not_starts_with str N
description_starts_with str N
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
preset bool N
preset_not bool N
"""
