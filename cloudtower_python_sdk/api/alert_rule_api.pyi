# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (AlertRule, AlertRuleConnection, GetAlertRulesConnectionRequestBody, GetAlertRulesConnectionRequestBodyDict, GetAlertRulesRequestBody, GetAlertRulesRequestBodyDict)


class AlertRuleApi(Api):
    @overload
    def get_alert_rules(self, get_alert_rules_request_body: GetAlertRulesRequestBody | GetAlertRulesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[AlertRule]: ...
    @overload
    def get_alert_rules(self, get_alert_rules_request_body: GetAlertRulesRequestBody | GetAlertRulesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[AlertRule]]: ...
    @overload
    def get_alert_rules_with_http_info(self, get_alert_rules_request_body: GetAlertRulesRequestBody | GetAlertRulesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[AlertRule]]: ...
    @overload
    def get_alert_rules_with_http_info(self, get_alert_rules_request_body: GetAlertRulesRequestBody | GetAlertRulesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[AlertRule]]]: ...
    @overload
    def get_alert_rules_connection(self, get_alert_rules_connection_request_body: GetAlertRulesConnectionRequestBody | GetAlertRulesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> AlertRuleConnection: ...
    @overload
    def get_alert_rules_connection(self, get_alert_rules_connection_request_body: GetAlertRulesConnectionRequestBody | GetAlertRulesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[AlertRuleConnection]: ...
    @overload
    def get_alert_rules_connection_with_http_info(self, get_alert_rules_connection_request_body: GetAlertRulesConnectionRequestBody | GetAlertRulesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[AlertRuleConnection]: ...
    @overload
    def get_alert_rules_connection_with_http_info(self, get_alert_rules_connection_request_body: GetAlertRulesConnectionRequestBody | GetAlertRulesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[AlertRuleConnection]]: ...
