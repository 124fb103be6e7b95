# coding: utf-8
"""从环境变量得到已登录的 client：CLOUDTOWER_ENDPOINT、CLOUDTOWER_USERNAME、CLOUDTOWER_PASSWORD 等。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import client_from_env

api_client = client_from_env()
vms = VmApi(api_client).get_vms({"orderBy": "name_ASC", "first": 3})
for vm in vms:
    print(vm.name)
api_client.close()
