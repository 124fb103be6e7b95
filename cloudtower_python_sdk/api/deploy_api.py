# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class DeployApi(Api):
    """The Deploy operations of the CloudTower API (docs/apis/DeployApi.md)."""
    get_deploys = Op('get_deploys', 'POST', '/get-deploys', body=('get_deploys_request_body', 'GetDeploysRequestBody', True), returns='list[Deploy]')
    get_deploys_with_http_info = get_deploys.with_http_info
    get_deploys_connection = Op('get_deploys_connection', 'POST', '/get-deploys-connection', body=('get_deploys_connection_request_body', 'GetDeploysConnectionRequestBody', True), returns='DeployConnection')
    get_deploys_connection_with_http_info = get_deploys_connection.with_http_info
