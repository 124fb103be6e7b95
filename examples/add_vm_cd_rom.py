# coding: utf-8
"""给虚拟机添加 CD-ROM，并加载 ISO 映像。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, find_cluster_id, find_elf_image_id, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, name="sdk-example-add-cd-rom")[0]
elf_image_id = find_elf_image_id(api_client, find_cluster_id(api_client))

with_task_vm = vm_api.add_vm_cd_rom({
    "where": {
        "id": vm_id
    },
    "data": {
        "vm_cd_roms": [
            {
                "elf_image_id": elf_image_id,
                "index": 2,
                "boot": 2
            }
        ]
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
