# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VlanApi(Api):
    """The Vlan operations of the CloudTower API (docs/apis/VlanApi.md)."""
    create_vm_vlan = Op('create_vm_vlan', 'POST', '/create-vm-vlan', body=('vm_vlan_creation_params', 'list[VmVlanCreationParams]', True), returns='list[WithTaskVlan]')
    create_vm_vlan_with_http_info = create_vm_vlan.with_http_info
    delete_vlan = Op('delete_vlan', 'POST', '/delete-vm-vlan', body=('vlan_deletion_params', 'VlanDeletionParams', True), returns='list[WithTaskDeleteVlan]')
    delete_vlan_with_http_info = delete_vlan.with_http_info
    get_vlans = Op('get_vlans', 'POST', '/get-vlans', body=('get_vlans_request_body', 'GetVlansRequestBody', True), returns='list[Vlan]')
    get_vlans_with_http_info = get_vlans.with_http_info
    get_vlans_connection = Op('get_vlans_connection', 'POST', '/get-vlans-connection', body=('get_vlans_connection_request_body', 'GetVlansConnectionRequestBody', True), returns='VlanConnection')
    get_vlans_connection_with_http_info = get_vlans_connection.with_http_info
    update_management_vlan = Op('update_management_vlan', 'POST', '/update-management-vlan', body=('management_vlan_updation_params', 'ManagementVlanUpdationParams', True), returns='list[WithTaskVlan]')
    update_management_vlan_with_http_info = update_management_vlan.with_http_info
    update_migration_vlan = Op('update_migration_vlan', 'POST', '/update-migration-vlan', body=('migration_vlan_updation_params', 'MigrationVlanUpdationParams', True), returns='list[WithTaskVlan]')
    update_migration_vlan_with_http_info = update_migration_vlan.with_http_info
    update_vlan = Op('update_vlan', 'POST', '/update-vm-vlan', body=('vm_vlan_updation_params', 'VmVlanUpdationParams', True), returns='list[WithTaskVlan]')
    update_vlan_with_http_info = update_vlan.with_http_info
