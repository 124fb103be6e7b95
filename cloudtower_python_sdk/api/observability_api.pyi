# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (DisassociateSystemServiceFromObsServiceParams, DisassociateSystemServiceFromObsServiceParamsDict, WithTaskDisassociateSystemServiceFromObsServiceResult)


class ObservabilityApi(Api):
    @overload
    def clear_system_service_alert_notification_config(self, disassociate_system_service_from_obs_service_params: DisassociateSystemServiceFromObsServiceParams | DisassociateSystemServiceFromObsServiceParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> WithTaskDisassociateSystemServiceFromObsServiceResult: ...
    @overload
    def clear_system_service_alert_notification_config(self, disassociate_system_service_from_obs_service_params: DisassociateSystemServiceFromObsServiceParams | DisassociateSystemServiceFromObsServiceParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[WithTaskDisassociateSystemServiceFromObsServiceResult]: ...
    @overload
    def clear_system_service_alert_notification_config_with_http_info(self, disassociate_system_service_from_obs_service_params: DisassociateSystemServiceFromObsServiceParams | DisassociateSystemServiceFromObsServiceParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[WithTaskDisassociateSystemServiceFromObsServiceResult]: ...
    @overload
    def clear_system_service_alert_notification_config_with_http_info(self, disassociate_system_service_from_obs_service_params: DisassociateSystemServiceFromObsServiceParams | DisassociateSystemServiceFromObsServiceParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[WithTaskDisassociateSystemServiceFromObsServiceResult]]: ...
    @overload
    def disassociate_system_service_from_obs_service(self, disassociate_system_service_from_obs_service_params: DisassociateSystemServiceFromObsServiceParams | DisassociateSystemServiceFromObsServiceParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> WithTaskDisassociateSystemServiceFromObsServiceResult: ...
    @overload
    def disassociate_system_service_from_obs_service(self, disassociate_system_service_from_obs_service_params: DisassociateSystemServiceFromObsServiceParams | DisassociateSystemServiceFromObsServiceParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[WithTaskDisassociateSystemServiceFromObsServiceResult]: ...
    @overload
    def disassociate_system_service_from_obs_service_with_http_info(self, disassociate_system_service_from_obs_service_params: DisassociateSystemServiceFromObsServiceParams | DisassociateSystemServiceFromObsServiceParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[WithTaskDisassociateSystemServiceFromObsServiceResult]: ...
    @overload
    def disassociate_system_service_from_obs_service_with_http_info(self, disassociate_system_service_from_obs_service_params: DisassociateSystemServiceFromObsServiceParams | DisassociateSystemServiceFromObsServiceParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[WithTaskDisassociateSystemServiceFromObsServiceResult]]: ...
