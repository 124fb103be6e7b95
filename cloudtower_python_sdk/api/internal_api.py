# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class InternalApi(Api):
    """The Internal operations of the CloudTower API (docs/apis/InternalApi.md)."""
    get_resource_changes = Op('get_resource_changes', 'GET', '/resource-changes', returns='ResourceChangeResponse', params=(('action', 'action', 'str', False, 'query'), ('resource_type', 'resource_type', 'str', False, 'query'), ('resource_id', 'resource_id', 'str', False, 'query'), ('start_revision', 'start_revision', 'str', False, 'query'), ('limit', 'limit', 'int{1,1000}', False, 'query'),))
    get_resource_changes_with_http_info = get_resource_changes.with_http_info
