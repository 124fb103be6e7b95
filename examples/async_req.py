# coding: utf-8
"""异步请求：async_req=True 立即返回，.get() 取得结果。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)
vm_id = vm_api.get_vms({"orderBy": "name_ASC", "first": 1})[0].id

vms = vm_api.get_vms(
    {
        "where": {
            "id": vm_id
        }
    },
    async_req=True
)
# 请求在 api_client 的线程池里执行；这里可以先做别的事
print(vms.get()[0].name)
api_client.close()
