# coding: utf-8
"""登录之后 token 被吊销（例如在别处退出登录、改了密码）：下一次调用收到 401，client 自动重新登录一次并重发。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"],
      source=os.environ.get("CLOUDTOWER_USER_SOURCE", "LOCAL"))
api_client.configuration.api_key["Authorization"] = "a-revoked-token"
vms = VmApi(api_client).get_vms({"first": 1})
print("still logged in: %s" % vms[0].name)
api_client.close()
