# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class RackTopoApi(Api):
    """The RackTopo operations of the CloudTower API (docs/apis/RackTopoApi.md)."""
    create_rack_topo = Op('create_rack_topo', 'POST', '/create-rack-topo', body=('rack_topo_creation_params', 'list[RackTopoCreationParams]', True), returns='list[WithTaskRackTopo]')
    create_rack_topo_with_http_info = create_rack_topo.with_http_info
    delete_rack_topo = Op('delete_rack_topo', 'POST', '/delete-rack-topo', body=('rack_topo_deletion_params', 'RackTopoDeletionParams', True), returns='list[WithTaskDeleteRackTopo]')
    delete_rack_topo_with_http_info = delete_rack_topo.with_http_info
    get_rack_topoes = Op('get_rack_topoes', 'POST', '/get-rack-topoes', body=('get_rack_topoes_request_body', 'GetRackTopoesRequestBody', True), returns='list[RackTopo]')
    get_rack_topoes_with_http_info = get_rack_topoes.with_http_info
    get_rack_topoes_connection = Op('get_rack_topoes_connection', 'POST', '/get-rack-topoes-connection', body=('get_rack_topoes_connection_request_body', 'GetRackTopoesConnectionRequestBody', True), returns='RackTopoConnection')
    get_rack_topoes_connection_with_http_info = get_rack_topoes_connection.with_http_info
    update_rack_topo = Op('update_rack_topo', 'POST', '/update-rack-topo', body=('rack_topo_updation_params', 'RackTopoUpdationParams', True), returns='list[WithTaskRackTopo]')
    update_rack_topo_with_http_info = update_rack_topo.with_http_info
