# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class EveroutePackageApi(Api):
    """The EveroutePackage operations of the CloudTower API (docs/apis/EveroutePackageApi.md)."""
    get_everoute_packages = Op('get_everoute_packages', 'POST', '/get-everoute-packages', body=('get_everoute_packages_request_body', 'GetEveroutePackagesRequestBody', True), returns='list[EveroutePackage]')
    get_everoute_packages_with_http_info = get_everoute_packages.with_http_info
    get_everoute_packages_connection = Op('get_everoute_packages_connection', 'POST', '/get-everoute-packages-connection', body=('get_everoute_packages_connection_request_body', 'GetEveroutePackagesConnectionRequestBody', True), returns='EveroutePackageConnection')
    get_everoute_packages_connection_with_http_info = get_everoute_packages_connection.with_http_info
