# coding: utf-8
"""编辑虚拟机的基本信息：名称、描述、HA、CPU、内存。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import wait_tasks

from _connect import GiB, connect, scratch_vms

api_client = connect()
vm_api = VmApi(api_client)
vm_id = scratch_vms(api_client, name="sdk-example-update-vm")[0]

with_task_vm = vm_api.update_vm({
    "where": {
        "id": vm_id
    },
    "data": {
        "name": "sdk-example-updated",
        "description": "edited by examples/update_vm.py",
        "ha": False,
        "vcpu": 2 * 8,  # vcpu 必须等于 cpu_cores * cpu_sockets
        "cpu_cores": 2,
        "cpu_sockets": 8,
        "memory": 8 * GiB,
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)

updated_vm = vm_api.get_vms({
    "where": {
        "id": with_task_vm.data.id
    }
})[0]

print("%s: %d vCPU (%d x %d), %d GiB, ha=%s" % (updated_vm.name, updated_vm.vcpu, updated_vm.cpu.sockets,
                                                updated_vm.cpu.cores, updated_vm.memory // GiB, updated_vm.ha))
api_client.close()
