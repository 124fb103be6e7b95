# coding: utf-8
"""移除虚拟机的网卡（按序号）。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, find_cluster_id, find_vlan_ids, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, name="sdk-example-remove-nic")[0]
# 从模板创建的虚拟机有一块网卡；先再加一块，好移除两块
vlan_id = find_vlan_ids(api_client, find_cluster_id(api_client))[0]
wait_tasks([w.task_id for w in vm_api.add_vm_nic({"where": {"id": vm_id},
                                                  "data": {"vm_nics": [{"connect_vlan_id": vlan_id}]}})],
           api_client, interval=1)

# 种子文档漏了 [0]，接着读列表的 .task_id、.data.id；SDK 会报错并提示 result[0].task_id
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
