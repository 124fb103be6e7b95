# coding: utf-8
"""虚拟机强制关机（相当于直接断电）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（RUNNING）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-poweroff",
                                           "is_full_copy": False, "status": "RUNNING"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id

# 1.9.0 版使用指南用的 force_shut_down_vm 是旧名：仍可用，但有 DeprecationWarning，请用 poweroff_vm
with_task_vm = vm_api.poweroff_vm({
    "where": {
        "id": vm_id
    }
})[0]

wait_tasks(with_task_vm.task_id, api_client, interval=1)  # 只有一个任务时，也可以直接传它的 id

closed_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
print("%s is %s" % (closed_vm.name, closed_vm.status))
api_client.close()
