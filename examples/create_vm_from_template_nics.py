# coding: utf-8
"""从模板创建虚拟机，网卡与模板不同。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VlanApi, VmApi, VmTemplateApi
from cloudtower_python_sdk.models import VmNicModel
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]  # 第一个模板
template_id = template.id
# 模板所在集群的第二个虚拟机网络
alternative_vlan_id = VlanApi(api_client).get_vlans({
    "where": {"type": "VM", "vds": {"cluster": {"id": template.cluster.id}}},
    "first": 2,
})[1].id

# 给了 vm_nics 就用它代替模板的网卡
with_task_vms = vm_api.create_vm_from_template([
    {
        "template_id": template_id,
        "name": "sdk-example-template-nics",
        "is_full_copy": False,
        "vm_nics": [
            {
                "connect_vlan_id": alternative_vlan_id,
                "enabled": True,
                # 1.9.0 版使用指南用的是 SRIOV；SRIOV 网卡还要用 nic_id 指定支持 SR-IOV 的物理网卡
                "model": VmNicModel.E1000
            }
        ]
    }
])
tasks = [with_task_vm.task_id for with_task_vm in with_task_vms]
vm_ids = [
    with_task_vm.data.id for with_task_vm in with_task_vms]
wait_tasks(tasks, api_client, interval=1)
created_vms = vm_api.get_vms({
    "where": {
        "id_in": vm_ids
    }
})

print("created %s with %d NIC" % (created_vms[0].name, len(created_vms[0].vm_nics or [])))
api_client.close()
