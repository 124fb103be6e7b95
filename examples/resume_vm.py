# coding: utf-8
"""恢复已暂停的虚拟机。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, status="SUSPENDED", name="sdk-example-resume")[0]

with_task_vm = vm_api.resume_vm({
    "where": {
        "id": vm_id
    }
})[0]

wait_tasks(with_task_vm.task_id, api_client, interval=1)  # 只有一个任务时，也可以直接传它的 id

resumed_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
print("%s is %s" % (resumed_vm.name, resumed_vm.status))
api_client.close()
