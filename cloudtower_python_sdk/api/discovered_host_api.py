# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class DiscoveredHostApi(Api):
    """The DiscoveredHost operations of the CloudTower API (docs/apis/DiscoveredHostApi.md)."""
    get_discover_hosts = Op('get_discover_hosts', 'POST', '/get-discover-hosts', body=('get_discover_hosts_request_body', 'GetDiscoverHostsRequestBody', True), returns='list[DiscoveredHost]')
    get_discover_hosts_with_http_info = get_discover_hosts.with_http_info
