# coding: utf-8
"""迁移虚拟机，由 CloudTower 自动选择合适的主机。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（RUNNING）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-migrate-auto",
                                           "is_full_copy": False, "status": "RUNNING"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id
vm = vm_api.get_vms({"where": {"id": vm_id}})[0]

with_task_vm = vm_api.migrate_vm({
    "where": {
        "id": vm_id
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)

migrated_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
assert vm.host is not None and migrated_vm.host is not None  # a running VM is on a host
print("%s moved from %s to %s" % (migrated_vm.name, vm.host.name, migrated_vm.host.name))
api_client.close()
