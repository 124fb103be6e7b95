# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudEdgeGatewayWhereInput(Model):
    _declared = """
AND:_and list[VirtualPrivateCloudEdgeGatewayWhereInput] N
NOT:_not list[VirtualPrivateCloudEdgeGatewayWhereInput] N
OR:_or list[VirtualPrivateCloudEdgeGatewayWhereInput] N
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
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
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
vdses_every VdsWhereInput N
vdses_none VdsWhereInput N
vdses_some VdsWhereInput N
"""
