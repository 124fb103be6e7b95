# coding: utf-8
"""移除虚拟机的网卡（按序号）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VlanApi, VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-remove-nic",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id
# 从模板创建的虚拟机有一块网卡；先再加一块，好移除两块
vlan_id = VlanApi(api_client).get_vlans({
    "where": {"type": "VM", "vds": {"cluster": {"id": template.cluster.id}}}, "first": 1,
})[0].id
wait_tasks([w.task_id for w in vm_api.add_vm_nic({"where": {"id": vm_id},
                                                  "data": {"vm_nics": [{"connect_vlan_id": vlan_id}]}})],
           api_client, interval=1)

# 1.9.0 版使用指南漏了 [0]，接着读列表的 .task_id、.data.id；SDK 会报错并提示 result[0].task_id
with_task_vm = vm_api.remove_vm_nic({
    "where": {
        "id": vm_id
    },
    "data": {
        "nic_index": [0, 1]
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)
updated_vm = vm_api.get_vms({
    "where": {
        "id": with_task_vm.data.id
    }
})[0]

print("%s has %d NICs left" % (updated_vm.name, len(updated_vm.vm_nics or [])))
api_client.close()
