# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmPlacementGroupApi(Api):
    """The VmPlacementGroup operations of the CloudTower API (docs/apis/VmPlacementGroupApi.md)."""
    create_vm_placement_group = Op('create_vm_placement_group', 'POST', '/create-vm-placement-group', body=('vm_placement_group_creation_params', 'list[VmPlacementGroupCreationParams]', True), returns='list[WithTaskVmPlacementGroup]')
    create_vm_placement_group_with_http_info = create_vm_placement_group.with_http_info
    delete_vm_placement_group = Op('delete_vm_placement_group', 'POST', '/delete-vm-placement-group', body=('vm_placement_group_deletion_params', 'VmPlacementGroupDeletionParams', True), returns='list[WithTaskDeleteVmPlacementGroup]')
    delete_vm_placement_group_with_http_info = delete_vm_placement_group.with_http_info
    get_vm_placement_groups = Op('get_vm_placement_groups', 'POST', '/get-vm-placement-groups', body=('get_vm_placement_groups_request_body', 'GetVmPlacementGroupsRequestBody', True), returns='list[VmPlacementGroup]')
    get_vm_placement_groups_with_http_info = get_vm_placement_groups.with_http_info
    get_vm_placement_groups_connection = Op('get_vm_placement_groups_connection', 'POST', '/get-vm-placement-groups-connection', body=('get_vm_placement_groups_connection_request_body', 'GetVmPlacementGroupsConnectionRequestBody', True), returns='VmPlacementGroupConnection')
    get_vm_placement_groups_connection_with_http_info = get_vm_placement_groups_connection.with_http_info
    update_vm_placement_group = Op('update_vm_placement_group', 'POST', '/update-vm-placement-group', body=('vm_placement_group_updation_params', 'VmPlacementGroupUpdationParams', True), returns='list[WithTaskVmPlacementGroup]')
    update_vm_placement_group_with_http_info = update_vm_placement_group.with_http_info
