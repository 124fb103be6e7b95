# coding: utf-8
"""分页获取虚拟机：first 是每页条数，skip 是跳过的条数。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

vms_from_51_to_100 = vm_api.get_vms({
    "first": 50,
    "skip": 50,
})

# 逐页读完全部虚拟机；加上 orderBy，翻页时顺序才稳定
all_vms = []  # type: list
while True:
    page = vm_api.get_vms({"orderBy": "name_ASC", "first": 50, "skip": len(all_vms)})
    all_vms.extend(page)
    if len(page) < 50:
        break

print("VMs 51-100: %d; all pages: %d" % (len(vms_from_51_to_100), len(all_vms)))
api_client.close()
