# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class CloudTowerApplicationPackageApi(Api):
    """The CloudTowerApplicationPackage operations of the CloudTower API (docs/apis/CloudTowerApplicationPackageApi.md)."""
    get_cloud_tower_application_packages = Op('get_cloud_tower_application_packages', 'POST', '/get-cloudtower-application-packages', body=('get_cloud_tower_application_packages_request_body', 'GetCloudTowerApplicationPackagesRequestBody', True), returns='list[CloudTowerApplicationPackage]')
    get_cloud_tower_application_packages_with_http_info = get_cloud_tower_application_packages.with_http_info
    get_cloud_tower_application_packages_connection = Op('get_cloud_tower_application_packages_connection', 'POST', '/get-cloud-tower-application-packages-connection', body=('get_cloud_tower_application_packages_connection_request_body', 'GetCloudTowerApplicationPackagesConnectionRequestBody', True), returns='CloudTowerApplicationPackageConnection')
    get_cloud_tower_application_packages_connection_with_http_info = get_cloud_tower_application_packages_connection.with_http_info
