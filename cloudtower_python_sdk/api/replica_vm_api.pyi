# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetReplicaVmsConnectionRequestBody, GetReplicaVmsConnectionRequestBodyDict, GetReplicaVmsRequestBody, GetReplicaVmsRequestBodyDict, ReplicaVm, ReplicaVmConnection)


class ReplicaVmApi(Api):
    @overload
    def get_replica_vms(self, get_replica_vms_request_body: GetReplicaVmsRequestBody | GetReplicaVmsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ReplicaVm]: ...
    @overload
    def get_replica_vms(self, get_replica_vms_request_body: GetReplicaVmsRequestBody | GetReplicaVmsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ReplicaVm]]: ...
    @overload
    def get_replica_vms_with_http_info(self, get_replica_vms_request_body: GetReplicaVmsRequestBody | GetReplicaVmsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ReplicaVm]]: ...
    @overload
    def get_replica_vms_with_http_info(self, get_replica_vms_request_body: GetReplicaVmsRequestBody | GetReplicaVmsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ReplicaVm]]]: ...
    @overload
    def get_replica_vms_connection(self, get_replica_vms_connection_request_body: GetReplicaVmsConnectionRequestBody | GetReplicaVmsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ReplicaVmConnection: ...
    @overload
    def get_replica_vms_connection(self, get_replica_vms_connection_request_body: GetReplicaVmsConnectionRequestBody | GetReplicaVmsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ReplicaVmConnection]: ...
    @overload
    def get_replica_vms_connection_with_http_info(self, get_replica_vms_connection_request_body: GetReplicaVmsConnectionRequestBody | GetReplicaVmsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ReplicaVmConnection]: ...
    @overload
    def get_replica_vms_connection_with_http_info(self, get_replica_vms_connection_request_body: GetReplicaVmsConnectionRequestBody | GetReplicaVmsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ReplicaVmConnection]]: ...
