# coding: utf-8
"""异步请求：加上 async_req=True，调用立即返回，用 .get() 取结果。"""
from cloudtower_python_sdk.api import VmApi

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
    async_req=True
)
# 请求在 api_client 的线程池里执行；这里可以先做别的事
print(vms.get()[0].name)
api_client.close()
