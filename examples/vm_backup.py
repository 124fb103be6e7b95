# coding: utf-8
"""场景：给虚拟机做一次快照备份，并找出快照包含的 LUN 快照。"""
import os

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import IscsiLunSnapshotApi, VmApi, VmSnapshotApi, VmTemplateApi
from cloudtower_python_sdk.models import ConsistentType, VmDiskType, VmToolsStatus
from cloudtower_python_sdk.utils import login, wait_tasks


def create_vm_snapshot(api_client, target_vm_name, target_snapshot_name, consistent_type):
    vm_api = VmApi(api_client)
    vm_snapshot_api = VmSnapshotApi(api_client)
    iscsi_lun_snapshot_api = IscsiLunSnapshotApi(api_client)
    # 1. 按名称找到要备份的虚拟机（查询返回列表，取第一项；1.9.0 版使用指南直接读列表的 vm.vm_tools_status）
    vm = vm_api.get_vms({
        "where": {
            "name": target_vm_name
        },
        "first": 1
    })[0]
    # 文件系统一致性快照需要 VMTools 在运行，否则退回崩溃一致性快照
    if vm.vm_tools_status != VmToolsStatus.RUNNING and consistent_type == ConsistentType.FILE_SYSTEM_CONSISTENT:
        consistent_type = ConsistentType.CRASH_CONSISTENT

    # 2. 创建虚拟机快照
    snapshots_with_task = vm_snapshot_api.create_vm_snapshot({
        "data": [
            {
                "vm_id": vm.id,
                "name": target_snapshot_name,
                "consistent_type": consistent_type
            }
        ]
    })

    # 3. 等待任务结束
    wait_tasks([snapshots_with_task[0].task_id], api_client, interval=1)

    # 4. 按返回的 id 读出快照（1.9.0 版使用指南读的是列表的 snapshots_with_task.data.id）
    snapshot = vm_snapshot_api.get_vm_snapshots({
        "where": {
            "id": snapshots_with_task[0].data.id
        }
    })[0]
    # 5. 快照的 vm_disks 记录了当时的每块盘：type 为 DISK 的是虚拟卷，
    #    它的 snapshot_local_id 就是对应 LUN 快照的 local_id；CD_ROM 没有 LUN 快照
    lun_snapshot_ids = []
    for disk in snapshot.vm_disks or []:
        if disk.type == VmDiskType.DISK:
            lun_snapshot_ids.append(disk.snapshot_local_id)

    lun_snapshots = iscsi_lun_snapshot_api.get_iscsi_lun_snapshots({
        "where": {
            "local_id_in": lun_snapshot_ids
        }
    })

    return {
        "vm_snapshot": snapshot,
        "lun_snapshots": lun_snapshots
    }


if __name__ == "__main__":
    api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
    login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
    # 示例只改动自己创建的虚拟机：从第一个模板新建一台（RUNNING）来备份
    template = VmTemplateApi(api_client).get_vm_templates({"first": 1})[0]
    vm_name = "sdk-example-backup"
    created = VmApi(api_client).create_vm_from_template([{"template_id": template.id, "name": vm_name,
                                                          "is_full_copy": False, "status": "RUNNING"}])
    wait_tasks([created[0].task_id], api_client, interval=1)

    backup = create_vm_snapshot(api_client, vm_name, vm_name + "-snapshot", ConsistentType.FILE_SYSTEM_CONSISTENT)

    snapshot = backup["vm_snapshot"]
    print("snapshot %s (%s) of %s" % (snapshot.name, snapshot.consistent_type, vm_name))
    for lun_snapshot in backup["lun_snapshots"]:
        print("  LUN snapshot %s" % lun_snapshot.name)
    api_client.close()
