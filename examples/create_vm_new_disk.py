# coding: utf-8
"""创建空白虚拟机：同时新建一个虚拟卷作为虚拟盘。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import ClusterApi, VlanApi, VmApi
from cloudtower_python_sdk.models import (
    VmStatus,
    VmFirmware,
    Bus,
    VmVolumeElfStoragePolicyType
)
from cloudtower_python_sdk.utils import login, wait_tasks

GiB = 1024 ** 3
api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)
# 第一个已连接的 ELF 集群，和它的第一个虚拟机网络
cluster_id = ClusterApi(api_client).get_clusters({
    "where": {"hypervisor": "ELF", "connect_state": "CONNECTED"},
    "first": 1,
})[0].id
vlan_id = VlanApi(api_client).get_vlans({
    "where": {"type": "VM", "vds": {"cluster": {"id": cluster_id}}}, "first": 1,
})[0].id

with_task_vm = vm_api.create_vm([
    {
        "cluster_id": cluster_id,
        "name": "sdk-example-new-disk",
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
            "mount_new_create_disks": [{
                "index": 0,
                "boot": 0,
                "bus": Bus.VIRTIO,
                "vm_volume": {
                    # 1.9.0 版使用指南写成了 VmVolumeElfStoragePolicyTyp_2_THIN_PROVISION（少了 e 和点，是 NameError）
                    "elf_storage_policy": VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION,
                    "size": 10 * GiB,
                    "name": "sdk-example-new-volume"
                }
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
