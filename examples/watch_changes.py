# coding: utf-8
"""监听资源变化：开机一台虚拟机，等到它的变化事件。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import client_from_env, wait_tasks, watch_resource_changes

api_client = client_from_env()
vm_api = VmApi(api_client)
vm = vm_api.get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False}, "first": 1})[0]
with watch_resource_changes(api_client, timeout=20, interval=0.2) as changes:
    wait_tasks([w.task_id for w in vm_api.start_vm({"where": {"id": vm.id}})], api_client, interval=0.2)
    for event in changes:
        print("%s %s %s %s" % (event.revision, event.action, event.resource_type, event.resource_id))
        if event.resource_id == vm.id:
            break
api_client.close()
