# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class BrickTopoApi(Api):
    """The BrickTopo operations of the CloudTower API (docs/apis/BrickTopoApi.md)."""
    create_brick_topo = Op('create_brick_topo', 'POST', '/create-brick-topo', body=('brick_topo_creation_params', 'list[BrickTopoCreationParams]', True), returns='list[WithTaskBrickTopo]')
    create_brick_topo_with_http_info = create_brick_topo.with_http_info
    delete_brick_topo = Op('delete_brick_topo', 'POST', '/delete-brick-topo', body=('brick_topo_deletion_params', 'BrickTopoDeletionParams', True), returns='list[WithTaskDeleteBrickTopo]')
    delete_brick_topo_with_http_info = delete_brick_topo.with_http_info
    get_brick_topoes = Op('get_brick_topoes', 'POST', '/get-brick-topoes', body=('get_brick_topoes_request_body', 'GetBrickTopoesRequestBody', True), returns='list[BrickTopo]')
    get_brick_topoes_with_http_info = get_brick_topoes.with_http_info
    get_brick_topoes_connection = Op('get_brick_topoes_connection', 'POST', '/get-brick-topoes-connection', body=('get_brick_topoes_connection_request_body', 'GetBrickTopoesConnectionRequestBody', True), returns='BrickTopoConnection')
    get_brick_topoes_connection_with_http_info = get_brick_topoes_connection.with_http_info
    move_brick_topo = Op('move_brick_topo', 'POST', '/move-brick-topo', body=('brick_topo_move_params', 'BrickTopoMoveParams', True), returns='list[WithTaskBrickTopo]')
    move_brick_topo_with_http_info = move_brick_topo.with_http_info
    update_brick_topo = Op('update_brick_topo', 'POST', '/update-brick-topo', body=('brick_topo_updation_params', 'BrickTopoUpdationParams', True), returns='list[WithTaskBrickTopo]')
    update_brick_topo_with_http_info = update_brick_topo.with_http_info
