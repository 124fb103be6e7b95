# coding: utf-8
"""迁移虚拟机，由 CloudTower 自动选择合适的主机。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, status="RUNNING", name="sdk-example-migrate-auto")[0]
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
