# coding: utf-8
"""批量强制关机（相当于直接断电）。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id_1, vm_id_2 = scratch_vms(api_client, count=2, status="RUNNING", name="sdk-example-poweroffs")

# 1.9.0 版使用指南用的 force_shut_down_vm 是旧名：仍可用，但有 DeprecationWarning，请用 poweroff_vm
with_task_vms = vm_api.poweroff_vm({
    "where": {
        "id_in": [vm_id_1, vm_id_2]
    }
})

tasks = [with_task_vm.task_id for with_task_vm in with_task_vms]

wait_tasks(tasks, api_client, interval=1)

closed_vms = vm_api.get_vms({"where": {"id_in": [vm_id_1, vm_id_2]}})
print(", ".join("%s is %s" % (vm.name, vm.status) for vm in closed_vms))
api_client.close()
