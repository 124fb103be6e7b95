# coding: utf-8
"""等待异步任务：全部成功时返回，有任务失败或超时时抛出 ApiException。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk import ApiException  # 1.9.0 版使用指南的示例用到 ApiException 却没有导入
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建两台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-wait-%d" % i,
                                           "is_full_copy": False, "status": "STOPPED"} for i in (1, 2)])
wait_tasks([c.task_id for c in created], api_client, interval=1)
vm_ids = [c.data.id for c in created]

start_res = vm_api.start_vm({"where": {"id_in": vm_ids}})
try:
    wait_tasks([res.task_id for res in start_res], api_client, interval=1)
except ApiException as e:
    print("start failed: %s %s" % (e.status, e.reason))
else:
    print("both VMs are running")

# 再开一次机：虚拟机已经在运行，任务会失败，wait_tasks 抛出 status 为 500 的 ApiException，
# reason 里列出每个失败任务的 id 和错误信息；超时则是 408
start_again = vm_api.start_vm({"where": {"id_in": vm_ids}})
try:
    wait_tasks([res.task_id for res in start_again], api_client, interval=1, timeout=60)
except ApiException as e:
    print("as expected: %s %s" % (e.status, e.reason))
api_client.close()
