# coding: utf-8
"""从模板创建虚拟机，虚拟盘与模板不同：删除、替换、新增。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import ElfImageApi, VmApi, VmTemplateApi, VmVolumeApi
from cloudtower_python_sdk.models import (
    DiskOperateModifyDisk,  # 1.9.0 版使用指南用的旧名 VmCreateVmFromTemplateParamsDiskOperateModifyDisks
    Bus,
    VmVolumeElfStoragePolicyType
)
from cloudtower_python_sdk.utils import login, wait_tasks

GiB = 1024 ** 3
api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
vm_api = VmApi(api_client)
template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]  # 第一个模板
template_id = template.id
cluster_id = template.cluster.id
# 模板所在集群的一个 ISO 映像，和两个新建的虚拟卷（一个替换模板的第 0 块盘，一个额外挂载）
elf_image_id = ElfImageApi(api_client).get_elf_images({"where": {"cluster": {"id": cluster_id}}, "first": 1})[0].id
with_task_volumes = VmVolumeApi(api_client).create_vm_volume([
    {"cluster_id": cluster_id, "name": name, "size": 10 * GiB, "sharing": False,
     "elf_storage_policy": VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION}
    for name in ("sdk-example-replace-disk-0", "sdk-example-extra-disk")
])
wait_tasks([w.task_id for w in with_task_volumes], api_client, interval=1)
new_volume_id, vm_volume_id = [w.data.id for w in with_task_volumes]

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
                # 1.9.0 版使用指南写成了 "mout_disks"：SDK 会在发送前报错并提示 'mount_disks'
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
                            # 1.9.0 版使用指南的 _2_THIN_PROVISION 是旧名，仍可用但会有 DeprecationWarning
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
