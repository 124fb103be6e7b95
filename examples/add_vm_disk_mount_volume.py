# coding: utf-8
"""给虚拟机添加虚拟盘：挂载一个已有的虚拟卷。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import Bus
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, create_volume, find_cluster_id, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, name="sdk-example-mount-disk")[0]
vm_volume_id = create_volume(api_client, find_cluster_id(api_client), "sdk-example-volume-to-mount")

with_task_vm = vm_api.add_vm_disk({
    "where": {
        "id": vm_id
    },
    "data": {
        "vm_disks": {
            "mount_disks": [
                {
                    "vm_volume_id": vm_volume_id,
                    "index": 1,
                    "boot": 1,
                    "bus": Bus.VIRTIO,
                }
            ]
        }
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)

updated_vm = vm_api.get_vms({
    "where": {
        "id": with_task_vm.data.id
    }
})[0]

print("%s has %d disks/CD-ROMs" % (updated_vm.name, len(updated_vm.vm_disks or [])))
api_client.close()
