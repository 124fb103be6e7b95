# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (Deploy, DeployConnection, GetDeploysConnectionRequestBody, GetDeploysConnectionRequestBodyDict, GetDeploysRequestBody, GetDeploysRequestBodyDict)


class DeployApi(Api):
    @overload
    def get_deploys(self, get_deploys_request_body: GetDeploysRequestBody | GetDeploysRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[Deploy]: ...
    @overload
    def get_deploys(self, get_deploys_request_body: GetDeploysRequestBody | GetDeploysRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[Deploy]]: ...
    @overload
    def get_deploys_with_http_info(self, get_deploys_request_body: GetDeploysRequestBody | GetDeploysRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[Deploy]]: ...
    @overload
    def get_deploys_with_http_info(self, get_deploys_request_body: GetDeploysRequestBody | GetDeploysRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[Deploy]]]: ...
    @overload
    def get_deploys_connection(self, get_deploys_connection_request_body: GetDeploysConnectionRequestBody | GetDeploysConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> DeployConnection: ...
    @overload
    def get_deploys_connection(self, get_deploys_connection_request_body: GetDeploysConnectionRequestBody | GetDeploysConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[DeployConnection]: ...
    @overload
    def get_deploys_connection_with_http_info(self, get_deploys_connection_request_body: GetDeploysConnectionRequestBody | GetDeploysConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[DeployConnection]: ...
    @overload
    def get_deploys_connection_with_http_info(self, get_deploys_connection_request_body: GetDeploysConnectionRequestBody | GetDeploysConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[DeployConnection]]: ...
