# coding: utf-8
"""虚拟机关机（由客户机操作系统正常关机）。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（RUNNING）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-shut-down",
                                           "is_full_copy": False, "status": "RUNNING"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id

with_task_vm = vm_api.shut_down_vm({
    "where": {
        "id": vm_id
    }
})[0]

wait_tasks(with_task_vm.task_id, api_client, interval=1)  # 只有一个任务时，也可以直接传它的 id

closed_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
print("%s is %s" % (closed_vm.name, closed_vm.status))
api_client.close()
