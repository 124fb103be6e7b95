# coding: utf-8
"""永久删除虚拟机（不经过回收站，无法恢复）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只删除自己创建的虚拟机：从第一个模板新建两台
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-delete-%d" % i,
                                           "is_full_copy": False} for i in (1, 2)])
wait_tasks([c.task_id for c in created], api_client, interval=1)
vm_ids = [c.data.id for c in created]
# 对真实的 CloudTower 运行过这些示例后，要删除它们创建的全部虚拟机，把上面一行换成：
# vm_ids = [vm.id for vm in vm_api.get_vms({"where": {"name_starts_with": "sdk-example-"}})]

with_task_delete_vms = vm_api.delete_vm({
    "where": {
        "id_in": vm_ids
    }
})

tasks = [with_task_delete_vm.task_id for with_task_delete_vm in with_task_delete_vms]

wait_tasks(tasks, api_client, interval=1)

print("deleted %d VMs; %d of them still found" % (len(vm_ids), len(vm_api.get_vms({"where": {"id_in": vm_ids}}))))
api_client.close()
