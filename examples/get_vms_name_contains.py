# coding: utf-8
"""获取名称或描述中包含某个字符串的虚拟机。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

vms_name_contains = vm_api.get_vms(
    {
        "where": {
            "name_contains": "web"
        }
    },
)

# 1.9.0 版使用指南的标题是「名称或描述」，代码却只查了名称；用 OR 把两个条件合起来：
vms_name_or_description_contains = vm_api.get_vms(
    {
        "where": {
            "OR": [
                {"name_contains": "alice"},
                {"description_contains": "alice"},
            ]
        }
    },
)

print("name contains 'web': %d; name or description contains 'alice': %d"
      % (len(vms_name_contains), len(vms_name_or_description_contains)))
api_client.close()
