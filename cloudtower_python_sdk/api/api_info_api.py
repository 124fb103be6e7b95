# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ApiInfoApi(Api):
    """The ApiInfo operations of the CloudTower API (docs/apis/ApiInfoApi.md)."""
    get_api_version = Op('get_api_version', 'GET', '/get-version', returns='str')
    get_api_version_with_http_info = get_api_version.with_http_info
