# coding: utf-8
"""读取资源：按 id 查询一台虚拟机，参数可以是 dict，也可以是 models 中的类型。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import GetVmsRequestBody, VmWhereInput

from _connect import connect

api_client = connect()
vm_api = VmApi(api_client)
vm_id = vm_api.get_vms({"first": 1})[0].id  # 随便取一台虚拟机的 id

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
api_client.close()
