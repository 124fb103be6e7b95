# coding: utf-8
"""批量开机：多台虚拟机一起开机，由 CloudTower 选择主机。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id_1, vm_id_2 = scratch_vms(api_client, count=2, status="STOPPED", name="sdk-example-starts")

with_task_vms = vm_api.start_vm({
    "where": {
        "id_in": [vm_id_1, vm_id_2]
    }
})

tasks = [with_task_vm.task_id for with_task_vm in with_task_vms]

wait_tasks(tasks, api_client, interval=1)

opened_vms = vm_api.get_vms({"where": {"id_in": [vm_id_1, vm_id_2]}})
print(", ".join("%s is %s" % (vm.name, vm.status) for vm in opened_vms))
api_client.close()
