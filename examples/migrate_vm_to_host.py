# coding: utf-8
"""把虚拟机迁移到指定主机（同一集群内）。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import connect, find_host_id, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, status="RUNNING", name="sdk-example-migrate")[0]
vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
assert vm.cluster is not None and vm.host is not None
target_host_id = find_host_id(api_client, vm.cluster.id, exclude=vm.host.id)

# 种子文档用的 mig_rate_vm 是旧名：仍可用，但有 DeprecationWarning，请用 migrate_vm
with_task_vm = vm_api.migrate_vm({
    "where": {
        "id": vm_id
    },
    "data": {
        "host_id": target_host_id
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)

migrated_vm = vm_api.get_vms({"where": {"id": vm_id}})[0]
assert vm.host is not None and migrated_vm.host is not None  # a running VM is on a host
print("%s moved from %s to %s" % (migrated_vm.name, vm.host.name, migrated_vm.host.name))
api_client.close()
