# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NodeTopoApi(Api):
    """The NodeTopo operations of the CloudTower API (docs/apis/NodeTopoApi.md)."""
    get_node_topoes = Op('get_node_topoes', 'POST', '/get-node-topoes', body=('get_node_topoes_request_body', 'GetNodeTopoesRequestBody', True), returns='list[NodeTopo]')
    get_node_topoes_with_http_info = get_node_topoes.with_http_info
    get_node_topoes_connection = Op('get_node_topoes_connection', 'POST', '/get-node-topoes-connection', body=('get_node_topoes_connection_request_body', 'GetNodeTopoesConnectionRequestBody', True), returns='NodeTopoConnection')
    get_node_topoes_connection_with_http_info = get_node_topoes_connection.with_http_info
    update_node_topo = Op('update_node_topo', 'POST', '/move-node-topo', body=('node_topo_updation_params', 'list[NodeTopUpdationParam]', True), returns='list[WithTaskNodeTopo]')
    update_node_topo_with_http_info = update_node_topo.with_http_info
