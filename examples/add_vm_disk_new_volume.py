# coding: utf-8
"""给虚拟机添加虚拟盘：新建一个虚拟卷并挂载。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmTemplateApi
from cloudtower_python_sdk.models import Bus, VmVolumeElfStoragePolicyType
from cloudtower_python_sdk.utils import login, wait_tasks

GiB = 1024 ** 3
api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-add-disk",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id

with_task_vm = vm_api.add_vm_disk({
    "where": {
        "id": vm_id
    },
    "data": {
        "vm_disks": {
            "mount_new_create_disks": [
                {
                    "vm_volume": {
                        # 1.9.0 版使用指南的 _2_THIN_PROVISION 是旧名（可用，但有 DeprecationWarning）
                        "elf_storage_policy": VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION,
                        "size": 40 * GiB,
                        "name": "sdk-example-added-volume"
                    },
                    "index": 1,
                    "boot": 1,
                    "bus": Bus.VIRTIO,
                }
            ]
        }
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)

updated_vm = vm_api.get_vms({
    "where": {
        "id": with_task_vm.data.id
    }
})[0]

print("%s has %d disks/CD-ROMs" % (updated_vm.name, len(updated_vm.vm_disks or [])))
api_client.close()
