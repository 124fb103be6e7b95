# coding: utf-8
"""给虚拟机添加虚拟盘：新建一个虚拟卷并挂载。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import Bus, VmVolumeElfStoragePolicyType
from cloudtower_python_sdk.utils import wait_tasks

from _connect import GiB, connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, name="sdk-example-add-disk")[0]

with_task_vm = vm_api.add_vm_disk({
    "where": {
        "id": vm_id
    },
    "data": {
        "vm_disks": {
            "mount_new_create_disks": [
                {
                    "vm_volume": {
                        # 种子文档的 _2_THIN_PROVISION 是旧名（可用，但有 DeprecationWarning）
                        "elf_storage_policy": VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION,
                        "size": 40 * GiB,
                        "name": "sdk-example-added-volume"
                    },
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
