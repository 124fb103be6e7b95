# coding: utf-8
"""永久删除虚拟机（不经过回收站，无法恢复）。

对真实的 CloudTower 运行过这些示例后，可以用 CLOUDTOWER_DELETE_EXAMPLE_VMS=1
运行本脚本，删除示例创建的全部 sdk-example-* 虚拟机。
"""
import os

from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
if os.environ.get("CLOUDTOWER_DELETE_EXAMPLE_VMS"):
    vm_ids = [vm.id for vm in vm_api.get_vms({"where": {"name_starts_with": "sdk-example-"}})]
else:
    vm_ids = scratch_vms(api_client, count=2, name="sdk-example-delete")

with_task_delete_vms = vm_api.delete_vm({
    "where": {
        "id_in": vm_ids
    }
})

tasks = [with_task_delete_vm.task_id for with_task_delete_vm in with_task_delete_vms]

wait_tasks(tasks, api_client, interval=1)

print("deleted %d VMs; %d of them still found" % (len(vm_ids), len(vm_api.get_vms({"where": {"id_in": vm_ids}}))))
api_client.close()
