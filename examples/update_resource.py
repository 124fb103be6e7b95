# coding: utf-8
"""修改资源：开机。修改会返回异步任务，任务结束后资源才真正变化。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
stopped_vm_id = scratch_vms(api_client, status="STOPPED", name="sdk-example-update")[0]

start_res = vm_api.start_vm({
    "where": {
        "id": stopped_vm_id
    },
})

# start_res 是 WithTaskVm 的列表：task_id 是异步任务，data 在任务结束前只是占位，只有 id 可靠
print("task %s started for VM %s" % (start_res[0].task_id, start_res[0].data.id))
wait_tasks([res.task_id for res in start_res], api_client, interval=1)

vm = vm_api.get_vms({"where": {"id": stopped_vm_id}})[0]
print("%s is now %s" % (vm.name, vm.status))
api_client.close()
