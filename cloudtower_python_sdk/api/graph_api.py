# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class GraphApi(Api):
    """The Graph operations of the CloudTower API (docs/apis/GraphApi.md)."""
    create_graph = Op('create_graph', 'POST', '/create-graph', body=('graph_creation_params', 'list[GraphCreationParams]', True), returns='list[WithTaskGraph]')
    create_graph_with_http_info = create_graph.with_http_info
    delete_graph = Op('delete_graph', 'POST', '/delete-graph', body=('graph_deletion_params', 'GraphDeletionParams', True), returns='list[WithTaskDeleteGraph]')
    delete_graph_with_http_info = delete_graph.with_http_info
    get_graphs = Op('get_graphs', 'POST', '/get-graphs', body=('get_graphs_request_body', 'GetGraphsRequestBody', True), returns='list[Graph]')
    get_graphs_with_http_info = get_graphs.with_http_info
    get_graphs_connection = Op('get_graphs_connection', 'POST', '/get-graphs-connection', body=('get_graphs_connection_request_body', 'GetGraphsConnectionRequestBody', True), returns='GraphConnection')
    get_graphs_connection_with_http_info = get_graphs_connection.with_http_info
    update_graph = Op('update_graph', 'POST', '/update-graph', body=('graph_updation_params', 'GraphUpdationParams', True), returns='list[WithTaskGraph]')
    update_graph_with_http_info = update_graph.with_http_info
