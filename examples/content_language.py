# coding: utf-8
"""返回语言：content_language 决定告警、错误等消息的语言。"""
import os

from cloudtower_python_sdk import ApiClient, ApiException, Configuration
from cloudtower_python_sdk.api import AlertApi, UserApi, VmApi
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
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

# 一个不会成功的请求（用户不存在）：错误消息也按这个语言返回
try:
    UserApi(api_client).login({"username": "sdk-example-no-such-user", "password": "x", "source": "LOCAL"},
                              content_language="zh-CN")
except ApiException as e:
    print("error %s: %s" % (e.status, e.message))
api_client.close()
