# coding: utf-8
"""强制重启虚拟机（相当于按下复位键）。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, status="RUNNING", name="sdk-example-force-restart")[0]

with_task_vm = vm_api.force_restart_vm({
    "where": {
        "id": vm_id
    }
})[0]

wait_tasks(with_task_vm.task_id, api_client, interval=1)  # 只有一个任务时，也可以直接传它的 id

restarted_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
print("%s is %s" % (restarted_vm.name, restarted_vm.status))
api_client.close()
