# coding: utf-8
"""把虚拟机从回收站恢复。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id_1, vm_id_2 = scratch_vms(api_client, count=2, name="sdk-example-recover")
# 先把它们移入回收站
wait_tasks([w.task_id for w in vm_api.move_vm_to_recycle_bin({"where": {"id_in": [vm_id_1, vm_id_2]}})],
           api_client, interval=1)

with_task_delete_vms = vm_api.recover_vm_from_recycle_bin({
    "where": {
        "id_in": [vm_id_1, vm_id_2]
    }
})

tasks = [with_task_delete_vm.task_id for with_task_delete_vm in with_task_delete_vms]

wait_tasks(tasks, api_client, interval=1)

recovered_vms = vm_api.get_vms({"where": {"id_in": [vm_id_1, vm_id_2]}})
print(", ".join("%s in recycle bin: %s" % (vm.name, vm.in_recycle_bin) for vm in recovered_vms))
api_client.close()
