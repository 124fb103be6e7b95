# coding: utf-8
"""把虚拟机移入回收站（在保留期内可以恢复）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建两台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-recycle-%d" % i,
                                           "is_full_copy": False, "status": "STOPPED"} for i in (1, 2)])
wait_tasks([c.task_id for c in created], api_client, interval=1)
vm_id_1, vm_id_2 = [c.data.id for c in created]

with_task_delete_vms = vm_api.move_vm_to_recycle_bin({
    "where": {
        "id_in": [vm_id_1, vm_id_2]
    }
})

tasks = [with_task_delete_vm.task_id for with_task_delete_vm in with_task_delete_vms]

wait_tasks(tasks, api_client, interval=1)

vm_moved_to_recycle_bin = vm_api.get_vms({"where": {"id_in": [vm_id_1, vm_id_2]}})
print(", ".join("%s in recycle bin: %s" % (vm.name, vm.in_recycle_bin) for vm in vm_moved_to_recycle_bin))
api_client.close()
