# coding: utf-8
"""给虚拟机添加网卡。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import VmNicModel
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, find_cluster_id, find_vlan_ids, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, name="sdk-example-add-nic")[0]
target_vlan_id, target_vlan_id2 = find_vlan_ids(api_client, find_cluster_id(api_client), count=2)

with_task_vm = vm_api.add_vm_nic({
    "where": {
        "id": vm_id
    },
    "data": {
        "vm_nics": [
            {
                "connect_vlan_id": target_vlan_id,
                "enabled": True,
                "model": VmNicModel.VIRTIO,
                "ip_address": "192.168.0.201",
                "gateway": "192.168.0.1",
                "subnet_mask": "255.255.255.0"
            },
            {
                "connect_vlan_id": target_vlan_id2,
                "enabled": True,
                "mirror": True,
                "model": VmNicModel.VIRTIO,
                "ip_address": "192.168.100.201",
                "gateway": "192.168.100.1",
                "subnet_mask": "255.255.255.0"
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

print("%s has %d NICs" % (updated_vm.name, len(updated_vm.vm_nics or [])))
api_client.close()
