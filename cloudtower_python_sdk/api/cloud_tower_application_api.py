# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class CloudTowerApplicationApi(Api):
    """The CloudTowerApplication operations of the CloudTower API (docs/apis/CloudTowerApplicationApi.md)."""
    delete_cloud_tower_application_package = Op('delete_cloud_tower_application_package', 'POST', '/delete-cloudtower-application-package', body=('delete_cloud_tower_application_package_params', 'DeleteCloudTowerApplicationPackageParams', True), returns='list[DeleteCloudTowerApplicationPackage]')
    delete_cloud_tower_application_package_with_http_info = delete_cloud_tower_application_package.with_http_info
    deploy_cloud_tower_application = Op('deploy_cloud_tower_application', 'POST', '/deploy-cloudtower-application', body=('deploy_cloud_tower_application_params', 'DeployCloudTowerApplicationParams', True), returns='CloudTowerApplication')
    deploy_cloud_tower_application_with_http_info = deploy_cloud_tower_application.with_http_info
    get_cloud_tower_applications = Op('get_cloud_tower_applications', 'POST', '/get-cloudtower-applications', body=('get_cloud_tower_applications_request_body', 'GetCloudTowerApplicationsRequestBody', True), returns='list[CloudTowerApplication]')
    get_cloud_tower_applications_with_http_info = get_cloud_tower_applications.with_http_info
    get_cloud_tower_applications_connection = Op('get_cloud_tower_applications_connection', 'POST', '/get-cloud-tower-applications-connection', body=('get_cloud_tower_applications_connection_request_body', 'GetCloudTowerApplicationsConnectionRequestBody', True), returns='CloudTowerApplicationConnection')
    get_cloud_tower_applications_connection_with_http_info = get_cloud_tower_applications_connection.with_http_info
    uninstall_cloud_tower_application = Op('uninstall_cloud_tower_application', 'POST', '/uninstall-cloudtower-application', body=('uninstall_cloud_tower_application_params', 'UninstallCloudTowerApplicationParams', True), returns='list[CloudTowerApplication]')
    uninstall_cloud_tower_application_with_http_info = uninstall_cloud_tower_application.with_http_info
    upgrade_cloud_tower_application = Op('upgrade_cloud_tower_application', 'POST', '/upgrade-cloudtower-application', body=('upgrade_cloud_tower_application_params', 'UpgradeCloudTowerApplicationParams', True), returns='CloudTowerApplication')
    upgrade_cloud_tower_application_with_http_info = upgrade_cloud_tower_application.with_http_info
    upload_cloud_tower_application_package = Op('upload_cloud_tower_application_package', 'POST', '/upload-cloudtower-application-package', returns='list[UploadTask]', params=(('file', 'file', 'file', True, 'form'), ('name', 'name', 'str', False, 'form'), ('size', 'size', 'str', False, 'form'), ('size_unit', 'size_unit', 'str', False, 'form'), ('upload_task_id', 'upload_task_id', 'str', False, 'form'),), content_type='multipart/form-data')
    upload_cloud_tower_application_package_with_http_info = upload_cloud_tower_application_package.with_http_info
