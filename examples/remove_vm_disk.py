# coding: utf-8
"""卸载虚拟机的虚拟盘（虚拟卷本身保留）。"""
from cloudtower_python_sdk.api import VmApi, VmDiskApi
from cloudtower_python_sdk.models import VmDiskType
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, name="sdk-example-remove-disk")[0]
disks = VmDiskApi(api_client).get_vm_disks({"where": {"vm": {"id": vm_id}, "type": VmDiskType.DISK}})

with_task_vm = vm_api.remove_vm_disk({
    "where": {
        "id": vm_id
    },
    "data": {
        "disk_ids": [disk.id for disk in disks]
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)

updated_vm = vm_api.get_vms({
    "where": {
        "id": with_task_vm.data.id
    }
})[0]

print("unmounted %d disk from %s" % (len(disks), updated_vm.name))
api_client.close()
