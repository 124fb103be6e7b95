# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetWitnessesConnectionRequestBody, GetWitnessesConnectionRequestBodyDict, GetWitnessesRequestBody, GetWitnessesRequestBodyDict, Witness, WitnessConnection)


class WitnessApi(Api):
    @overload
    def get_witnesses(self, get_witnesses_request_body: GetWitnessesRequestBody | GetWitnessesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[Witness]: ...
    @overload
    def get_witnesses(self, get_witnesses_request_body: GetWitnessesRequestBody | GetWitnessesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[Witness]]: ...
    @overload
    def get_witnesses_with_http_info(self, get_witnesses_request_body: GetWitnessesRequestBody | GetWitnessesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[Witness]]: ...
    @overload
    def get_witnesses_with_http_info(self, get_witnesses_request_body: GetWitnessesRequestBody | GetWitnessesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[Witness]]]: ...
    @overload
    def get_witnesses_connection(self, get_witnesses_connection_request_body: GetWitnessesConnectionRequestBody | GetWitnessesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> WitnessConnection: ...
    @overload
    def get_witnesses_connection(self, get_witnesses_connection_request_body: GetWitnessesConnectionRequestBody | GetWitnessesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[WitnessConnection]: ...
    @overload
    def get_witnesses_connection_with_http_info(self, get_witnesses_connection_request_body: GetWitnessesConnectionRequestBody | GetWitnessesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[WitnessConnection]: ...
    @overload
    def get_witnesses_connection_with_http_info(self, get_witnesses_connection_request_body: GetWitnessesConnectionRequestBody | GetWitnessesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[WitnessConnection]]: ...
