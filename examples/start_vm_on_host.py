# coding: utf-8
"""虚拟机开机，并指定运行它的主机。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, find_host_id, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, status="STOPPED", name="sdk-example-start-on-host")[0]
cluster = vm_api.get_vms({"where": {"id": vm_id}})[0].cluster
assert cluster is not None
host_id = find_host_id(api_client, cluster.id)

with_task_vm = vm_api.start_vm({
    "where": {
        "id": vm_id
    },
    "data": {
        "host_id": host_id
    }
})[0]

wait_tasks(with_task_vm.task_id, api_client, interval=1)  # 只有一个任务时，也可以直接传它的 id

opened_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
print("%s is %s" % (opened_vm.name, opened_vm.status))
api_client.close()
