# coding: utf-8
"""编辑虚拟机的网卡（nic_index 是网卡的序号，从 0 开始）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmNicApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-update-nic",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id

with_task_vm = vm_api.update_vm_nic({
    "where": {
        "id": vm_id
    },
    "data": {
        "nic_index": 0,
        # 1.9.0 版使用指南写的是 "enable"：字段名是 "enabled"，写错时 SDK 在发送前报错并给出这个建议
        "enabled": False,
        "mirror": False,
        "mac_address": "52:54:00:5d:4b:01",
        "ip_address": "192.168.0.202",
        "gateway": "192.168.0.1",
        "subnet_mask": "255.255.255.0"
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)
updated_vm = vm_api.get_vms({
    "where": {
        "id": vm_id
    }
})[0]

nic = VmNicApi(api_client).get_vm_nics({"where": {"vm": {"id": vm_id}}})[0]
print("%s NIC 0: enabled=%s mac=%s ip=%s" % (updated_vm.name, nic.enabled, nic.mac_address, nic.ip_address))
api_client.close()
