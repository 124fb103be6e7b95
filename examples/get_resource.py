# coding: utf-8
"""读取资源：按 id 查询虚拟机，用 dict 或 models 中的类型写条件。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import GetVmsRequestBody, VmWhereInput
from cloudtower_python_sdk.utils import login

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)
vm_id = vm_api.get_vms({"orderBy": "name_ASC", "first": 1})[0].id  # 按名称排序的第一台虚拟机

vms = vm_api.get_vms({
    "where": {
        "id": vm_id
    },
    "first": 1,
})

# 同样的查询，用 models 中的类型来写
same_vms = vm_api.get_vms(GetVmsRequestBody(where=VmWhereInput(id=vm_id), first=1))

# 查询总是返回列表：取第一个元素再读字段
vm = vms[0]
print("%s: %s, %d vCPU, %s" % (vm.id, vm.name, vm.vcpu, vm.status))
print("same VM both ways: %s" % (same_vms[0].to_dict() == vm.to_dict()))
api_client.close()
