# coding: utf-8
"""等待异步任务结束：wait_tasks(ids, api_client, interval=5, timeout=300, exit_on_error=False)。"""
from cloudtower_python_sdk import ApiException  # 1.9.0 版使用指南的示例用到 ApiException 却没有导入
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_ids = scratch_vms(api_client, count=2, status="STOPPED", name="sdk-example-wait")

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
    failure = e
    print("as expected: %s %s" % (e.status, e.reason))
api_client.close()
