# coding: utf-8
"""从模板创建虚拟机，只指定模板和名称，其余沿用模板的配置。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)
template_id = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0].id  # 第一个模板

with_task_vms = vm_api.create_vm_from_template([
    {
        "template_id": template_id,
        "name": "sdk-example-from-template",
        "is_full_copy": False
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

print("created %s (%s)" % (created_vms[0].name, created_vms[0].status))
api_client.close()
