# coding: utf-8
"""从模板创建虚拟机，虚拟盘与模板不同：删除、替换、新增。"""
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.models import (
    DiskOperateModifyDisk,  # 种子文档用的旧名 VmCreateVmFromTemplateParamsDiskOperateModifyDisks
    Bus,
    VmVolumeElfStoragePolicyType
)
from cloudtower_python_sdk.utils import wait_tasks

from _connect import GiB, connect, create_volume, find_elf_image_id, find_template

api_client = connect()
vm_api = VmApi(api_client)
template = find_template(api_client)
template_id = template.id
elf_image_id = find_elf_image_id(api_client, template.cluster.id)
new_volume_id = create_volume(api_client, template.cluster.id, "sdk-example-replace-disk-0")
vm_volume_id = create_volume(api_client, template.cluster.id, "sdk-example-extra-disk")

# 模板的盘按 index 编号：disk_index 指模板里的第几块盘（template.vm_disks）
with_task_vms = vm_api.create_vm_from_template([
    {
        "template_id": template_id,
        "name": "sdk-example-template-disks",
        "is_full_copy": False,
        "disk_operate": {
            "remove_disks": {
                "disk_index": [1]
            },
            "modify_disks": [
                # 模型和 dict 可以混用
                DiskOperateModifyDisk(disk_index=0, vm_volume_id=new_volume_id)
            ],
            "new_disks": {
                "mount_cd_roms": [
                    {
                        "index": 2,
                        "boot": 2,
                        "elf_image_id": elf_image_id
                    }
                ],
                # 种子文档写成了 "mout_disks"：SDK 会在发送前报错并提示 'mount_disks'
                "mount_disks": [
                    {
                        "index": 3,
                        "bus": Bus.VIRTIO,
                        "boot": 3,
                        "vm_volume_id": vm_volume_id
                    }
                ],
                "mount_new_create_disks": [
                    {
                        "vm_volume": {
                            # 种子文档的 _2_THIN_PROVISION 是旧名，仍可用但会有 DeprecationWarning
                            "elf_storage_policy": VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION,
                            "size": 4 * GiB,
                            "name": "sdk-example-new-disk",
                        },
                        "bus": Bus.IDE,
                        "boot": 4,
                        "index": 4
                    }
                ]
            }
        }
    }
])

tasks = [with_task_vm.task_id for with_task_vm in with_task_vms]
vm_ids = [
    with_task_vm.data.id for with_task_vm in with_task_vms]
wait_tasks(tasks, api_client, interval=1)
created_vms = vm_api.get_vms({
    "where": {
        "id_in": vm_ids
    }
})

print("created %s with %d disks/CD-ROMs" % (created_vms[0].name, len(created_vms[0].vm_disks or [])))
api_client.close()
