# coding: utf-8
"""返回语言：每个方法都接受 content_language="zh-CN" 或 "en-US"（默认 en-US）。"""
from cloudtower_python_sdk import ApiException
from cloudtower_python_sdk.api import AlertApi, VmApi

from _connect import connect

api_client = connect()
vm_api = VmApi(api_client)
vm_id = vm_api.get_vms({"first": 1})[0].id

vms = vm_api.get_vms(
    {
        "where": {
            "id": vm_id
        }
    },
    content_language="zh-CN"
)

# 语言影响告警、错误等消息文字
alerts = AlertApi(api_client).get_alerts({"where": {"ended": False}, "first": 3}, content_language="zh-CN")
for alert in alerts:
    print("[%s] %s" % (alert.severity, alert.message))

try:
    vm_api.start_vm({"where": {"id": vm_id}, "data": {"host_id": "no-such-host"}}, content_language="zh-CN")
except ApiException as e:
    print("error %s: %s" % (e.status, e.message))
api_client.close()
