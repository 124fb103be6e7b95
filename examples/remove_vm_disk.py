# coding: utf-8
"""卸载虚拟机的虚拟盘（虚拟卷本身保留）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmDiskApi, VmTemplateApi
from cloudtower_python_sdk.models import VmDiskType
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-remove-disk",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id
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
