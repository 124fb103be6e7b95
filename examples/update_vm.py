# coding: utf-8
"""编辑虚拟机的基本信息：名称、描述、HA、CPU、内存。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

GiB = 1024 ** 3
api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-update-vm",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id

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
