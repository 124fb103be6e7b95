# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetWitnessServicesRequestBody, GetWitnessServicesRequestBodyDict, WitnessService)


class WitnessServiceApi(Api):
    @overload
    def get_witness_services(self, get_witness_services_request_body: GetWitnessServicesRequestBody | GetWitnessServicesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[WitnessService]: ...
    @overload
    def get_witness_services(self, get_witness_services_request_body: GetWitnessServicesRequestBody | GetWitnessServicesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[WitnessService]]: ...
    @overload
    def get_witness_services_with_http_info(self, get_witness_services_request_body: GetWitnessServicesRequestBody | GetWitnessServicesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[WitnessService]]: ...
    @overload
    def get_witness_services_with_http_info(self, get_witness_services_request_body: GetWitnessServicesRequestBody | GetWitnessServicesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[WitnessService]]]: ...
