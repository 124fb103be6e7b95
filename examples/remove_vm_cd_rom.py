# coding: utf-8
"""删除虚拟机的 CD-ROM。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import VmApi, VmDiskApi, VmTemplateApi
from cloudtower_python_sdk.models import VmDiskType
from cloudtower_python_sdk.utils import login, wait_tasks

api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)

# 示例只改动自己创建的虚拟机：从第一个模板新建一台（STOPPED）
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
created = vm_api.create_vm_from_template([{"template_id": template.id, "name": "sdk-example-remove-cd-rom",
                                           "is_full_copy": False, "status": "STOPPED"}])
wait_tasks([created[0].task_id], api_client, interval=1)
vm_id = created[0].data.id
# CD-ROM 也是 VmDisk（type 为 CD_ROM）；查出这台虚拟机的全部 CD-ROM
cd_roms = VmDiskApi(api_client).get_vm_disks({"where": {"vm": {"id": vm_id}, "type": VmDiskType.CD_ROM}})

# 1.9.0 版使用指南把结果存为 with_task_vms（一个列表），下面却读 with_task_vm.task_id；
# 这里取出列表的第一项
with_task_vm = vm_api.remove_vm_cd_rom({
    "where": {
        "id": vm_id
    },
    "data": {
        "cd_rom_ids": [cd_rom.id for cd_rom in cd_roms]
    }
})[0]

wait_tasks([with_task_vm.task_id], api_client, interval=1)

updated_vm = vm_api.get_vms({
    "where": {
        "id": with_task_vm.data.id
    }
})[0]

print("removed %d CD-ROM from %s" % (len(cd_roms), updated_vm.name))
api_client.close()
