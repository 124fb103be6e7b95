# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VnetBondWhereInput(Model):
    _declared = """
AND:_and list[VnetBondWhereInput] N
NOT:_not list[VnetBondWhereInput] N
OR:_or list[VnetBondWhereInput] N
bond_for_client bool NS
bond_for_client_not bool NS
bond_for_server bool NS
bond_for_server_not bool NS
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
load_balancer_service LoadBalancerServiceWhereInput N
local_id str NS
local_id_contains str NS
local_id_ends_with str NS
local_id_gt str NS
local_id_gte str NS
local_id_in list[str] NS
local_id_lt str NS
local_id_lte str NS
local_id_not str NS
local_id_not_contains str NS
local_id_not_ends_with str NS
local_id_not_in list[str] NS
local_id_not_starts_with str NS
local_id_starts_with str NS
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
namespace str NS
namespace_contains str NS
namespace_ends_with str NS
namespace_gt str NS
namespace_gte str NS
namespace_in list[str] NS
namespace_lt str NS
namespace_lte str NS
namespace_not str NS
namespace_not_contains str NS
namespace_not_ends_with str NS
namespace_not_in list[str] NS
namespace_not_starts_with str NS
namespace_starts_with str NS
vlan VlanWhereInput N
"""
