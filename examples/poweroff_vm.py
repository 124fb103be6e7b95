# coding: utf-8
"""虚拟机强制关机（相当于直接断电）。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, status="RUNNING", name="sdk-example-poweroff")[0]

# 1.9.0 版使用指南用的 force_shut_down_vm 是旧名：仍可用，但有 DeprecationWarning，请用 poweroff_vm
with_task_vm = vm_api.poweroff_vm({
    "where": {
        "id": vm_id
    }
})[0]

wait_tasks(with_task_vm.task_id, api_client, interval=1)  # 只有一个任务时，也可以直接传它的 id

closed_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
print("%s is %s" % (closed_vm.name, closed_vm.status))
api_client.close()
