# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class OrganizationApi(Api):
    """The Organization operations of the CloudTower API (docs/apis/OrganizationApi.md)."""
    create_organization = Op('create_organization', 'POST', '/create-organization', body=('organization_creation_params', 'list[OrganizationCreationParams]', True), returns='list[WithTaskOrganization]')
    create_organization_with_http_info = create_organization.with_http_info
    delete_organization = Op('delete_organization', 'POST', '/delete-organization', body=('organization_deletion_params', 'OrganizationDeletionParams', True), returns='list[WithTaskDeleteOrganization]')
    delete_organization_with_http_info = delete_organization.with_http_info
    get_organizations = Op('get_organizations', 'POST', '/get-organizations', body=('get_organizations_request_body', 'GetOrganizationsRequestBody', True), returns='list[Organization]')
    get_organizations_with_http_info = get_organizations.with_http_info
    get_organizations_connection = Op('get_organizations_connection', 'POST', '/get-organizations-connection', body=('get_organizations_connection_request_body', 'GetOrganizationsConnectionRequestBody', True), returns='OrganizationConnection')
    get_organizations_connection_with_http_info = get_organizations_connection.with_http_info
    update_organization = Op('update_organization', 'POST', '/update-organization', body=('organization_updation_params', 'OrganizationUpdationParams', True), returns='list[WithTaskOrganization]')
    update_organization_with_http_info = update_organization.with_http_info
