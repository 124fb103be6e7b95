# coding: utf-8
"""修改资源：开机返回 WithTask 结果，等任务结束后再读取。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-update",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
stopped_vm_id = created[0].data.id

start_res = vm_api.start_vm({
    "where": {
        "id": stopped_vm_id
    },
})

# start_res 是 WithTaskVm 的列表：task_id 是异步任务，data 在任务结束前只是占位，只有 id 可靠
print("task %s started for VM %s" % (start_res[0].task_id, start_res[0].data.id))
wait_tasks([res.task_id for res in start_res], api_client, interval=1)

vm = vm_api.get_vms({"where": {"id": stopped_vm_id}})[0]
print("%s is now %s" % (vm.name, vm.status))
api_client.close()
