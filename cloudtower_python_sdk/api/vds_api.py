# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VdsApi(Api):
    """The Vds operations of the CloudTower API (docs/apis/VdsApi.md)."""
    create_vds = Op('create_vds', 'POST', '/create-vds', body=('vds_creation_params', 'list[VdsCreationParams]', True), returns='list[WithTaskVds]')
    create_vds_with_http_info = create_vds.with_http_info
    create_vds_with_access_vlan = Op('create_vds_with_access_vlan', 'POST', '/create-vds-with-access-vlan', body=('vds_creation_with_m_access_vlan_params', 'list[VdsCreationWithMAccessVlanParams]', True), returns='list[WithTaskVds]')
    create_vds_with_access_vlan_with_http_info = create_vds_with_access_vlan.with_http_info
    create_vds_with_migrate_vlan = Op('create_vds_with_migrate_vlan', 'POST', '/create-vds-with-migrate-vlan', body=('vds_creation_with_migrate_vlan_params', 'list[VdsCreationWithMigrateVlanParams]', True), returns='list[WithTaskVds]')
    create_vds_with_migrate_vlan_with_http_info = create_vds_with_migrate_vlan.with_http_info
    delete_vds = Op('delete_vds', 'POST', '/delete-vds', body=('vds_deletion_params', 'VdsDeletionParams', True), returns='list[WithTaskDeleteVds]')
    delete_vds_with_http_info = delete_vds.with_http_info
    get_vdses = Op('get_vdses', 'POST', '/get-vdses', body=('get_vdses_request_body', 'GetVdsesRequestBody', True), returns='list[Vds]')
    get_vdses_with_http_info = get_vdses.with_http_info
    get_vdses_connection = Op('get_vdses_connection', 'POST', '/get-vdses-connection', body=('get_vdses_connection_request_body', 'GetVdsesConnectionRequestBody', True), returns='VdsConnection')
    get_vdses_connection_with_http_info = get_vdses_connection.with_http_info
    update_vds = Op('update_vds', 'POST', '/update-vds', body=('vds_updation_params', 'VdsUpdationParams', True), returns='list[WithTaskVds]')
    update_vds_with_http_info = update_vds.with_http_info
