# coding: utf-8
"""给虚拟机添加网卡。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VlanApi, VmApi, VmTemplateApi
from cloudtower_python_sdk.models import VmNicModel
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-add-nic",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id
# 模板所在集群的前两个虚拟机网络
vlans = VlanApi(api_client).get_vlans({
    "where": {"type": "VM", "vds": {"cluster": {"id": template.cluster.id}}}, "first": 2,
})
target_vlan_id, target_vlan_id2 = [vlan.id for vlan in vlans]

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
