# coding: utf-8
"""创建空白虚拟机：CD-ROM 加载 ISO 映像。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import (
    VmStatus,
    VmFirmware,
    Bus
)
from cloudtower_python_sdk.utils import wait_tasks

from _connect import GiB, connect, find_cluster_id, find_elf_image_id, find_vlan_ids

api_client = connect()
vm_api = VmApi(api_client)
cluster_id = find_cluster_id(api_client)
vlan_id = find_vlan_ids(api_client, cluster_id)[0]
elf_image_id = find_elf_image_id(api_client, cluster_id)

with_task_vm = vm_api.create_vm([
    {
        "cluster_id": cluster_id,
        "name": "sdk-example-cd-rom-iso",
        "ha": True,
        "cpu_cores": 4,
        "cpu_sockets": 4,
        "memory": 4 * GiB,
        "vcpu": 16,
        "status": VmStatus.STOPPED,
        "firmware": VmFirmware.BIOS,
        "vm_nics": [
            {
                "connect_vlan_id": vlan_id,
            }
        ],
        "vm_disks": {
            "mount_cd_roms": [{
                "index": 0,
                "boot": 0,
                "elf_image_id": elf_image_id
            }],
        }
    }
])[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)
created_vm = vm_api.get_vms({
    "where": {
        "id": with_task_vm.data.id
    }
})[0]

print("created %s: %d vCPU, %d disks/CD-ROMs, %d NIC"
      % (created_vm.name, created_vm.vcpu, len(created_vm.vm_disks or []), len(created_vm.vm_nics or [])))
api_client.close()
