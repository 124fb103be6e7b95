# coding: utf-8
"""批量关机（由客户机操作系统正常关机）。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id_1, vm_id_2 = scratch_vms(api_client, count=2, status="RUNNING", name="sdk-example-shut-downs")

with_task_vms = vm_api.shut_down_vm({
    "where": {
        "id_in": [vm_id_1, vm_id_2]
    }
})

tasks = [with_task_vm.task_id for with_task_vm in with_task_vms]
vm_ids = [with_task_vm.data.id for with_task_vm in with_task_vms]

wait_tasks(tasks, api_client, interval=1)

closed_vms = vm_api.get_vms({"where": {"id_in": [vm_id_1, vm_id_2]}})
print(", ".join("%s is %s" % (vm.name, vm.status) for vm in closed_vms))
api_client.close()
