# coding: utf-8
"""批量强制重启。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id_1, vm_id_2 = scratch_vms(api_client, count=2, status="RUNNING", name="sdk-example-force-restarts")

with_task_vms = vm_api.force_restart_vm({
    "where": {
        "id_in": [vm_id_1, vm_id_2]
    }
})

tasks = [with_task_vm.task_id for with_task_vm in with_task_vms]

wait_tasks(tasks, api_client, interval=1)

restarted_vms = vm_api.get_vms({"where": {"id_in": [vm_id_1, vm_id_2]}})
print(", ".join("%s is %s" % (vm.name, vm.status) for vm in restarted_vms))
api_client.close()
