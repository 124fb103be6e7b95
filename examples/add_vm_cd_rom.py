# coding: utf-8
"""给虚拟机添加 CD-ROM，并加载 ISO 映像。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import ElfImageApi, VmApi, VmTemplateApi
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-add-cd-rom",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id
# 模板所在集群的一个 ISO 映像
elf_image_id = ElfImageApi(api_client).get_elf_images({
    "where": {"cluster": {"id": template.cluster.id}}, "first": 1,
})[0].id

with_task_vm = vm_api.add_vm_cd_rom({
    "where": {
        "id": vm_id
    },
    "data": {
        "vm_cd_roms": [
            {
                "elf_image_id": elf_image_id,
                "index": 2,
                "boot": 2
            }
        ]
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
