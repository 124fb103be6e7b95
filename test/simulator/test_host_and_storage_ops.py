# coding: utf-8
"""Hosts (maintenance mode, power), storage snapshots, snapshot and backup plans: effects read back through the SDK."""
import pytest

from cloudtower_python_sdk import (ApiException, HostApi, IscsiLunApi, IscsiLunSnapshotApi, SnapshotGroupApi,
                                   SnapshotPlanApi, TaskApi, VmApi, VmVolumeApi, VmVolumeSnapshotApi)
from cloudtower_python_sdk.utils import wait_tasks

from sim_helpers import backup_plan

pytestmark = pytest.mark.usefixtures("shape_checked")  # every answer has its schema's shape

GiB = 1024 ** 3


def done(client, answer):
    items = answer if isinstance(answer, list) else [answer]
    wait_tasks([a.task_id for a in items], client, interval=0.01)
    return answer


def task_of(client, answer):
    item = answer[0] if isinstance(answer, list) else answer
    try:
        wait_tasks([item.task_id], client, interval=0.01)
    except Exception:
        pass
    return TaskApi(client).get_tasks({"where": {"id": item.task_id}})[0]


def busy_host(client):
    """A usable host of elf-cluster-1 that runs VMs."""
    for h in HostApi(client).get_hosts({"where": {"cluster": {"name": "elf-cluster-1"}, "state": "IN_USE",
                                                  "status": "CONNECTED_HEALTHY"}}):
        if VmApi(client).get_vms({"where": {"host": {"id": h.id}, "status": "RUNNING"}}):
            return h
    raise AssertionError("the world has no busy host")


def test_maintenance_mode_moves_running_vms_and_brings_them_back(fresh):
    c = fresh.client
    host = busy_host(c)
    running = VmApi(c).get_vms({"where": {"host": {"id": host.id}, "status_in": ["RUNNING", "SUSPENDED"]}})
    check = HostApi(c).enter_maintenance_mode_pre_check({"where": {"id": host.id}})
    wait_tasks([check.task_id], c, interval=0.01)
    result = HostApi(c).enter_maintenance_mode_precheck_result({"where": {"task_id": check.task_id}})
    assert result.done is True and result.shutdown_vms == []  # the other hosts can take every VM
    done(c, HostApi(c).enter_maintenance_mode({"where": {"host_id": host.id}, "data": {}}))
    assert HostApi(c).get_hosts({"where": {"id": host.id}})[0].host_state.state == "MAINTENANCE_MODE"
    assert VmApi(c).get_vms({"where": {"host": {"id": host.id}}}) == []
    moved = VmApi(c).get_vms({"where": {"id_in": [v.id for v in running]}})
    assert all(v.host is not None and v.host.id != host.id and v.status == v0.status
               for v, v0 in zip(sorted(moved, key=lambda v: v.id), sorted(running, key=lambda v: v.id)))
    # a VM started now does not land on the host in maintenance
    stopped = VmApi(c).get_vms({"where": {"cluster": {"id": host.cluster.id}, "status": "STOPPED",
                                          "in_recycle_bin": False}, "first": 1})[0]
    done(c, VmApi(c).start_vm({"where": {"id": stopped.id}}))
    assert VmApi(c).get_vms({"where": {"id": stopped.id}})[0].host.id != host.id
    back = HostApi(c).exit_maintenance_mode_precheck_result({"where": {"id": host.id}})
    ids = [v.vm_uuid for v in back.live_migrate_vms]
    assert ids and set(ids) <= set(v.local_id for v in running)
    done(c, HostApi(c).exit_maintenance_mode({"where": {"host_id": host.id}, "data": {
        "live_migrate_back_vms": [v.id for v in running if v.status == "RUNNING"]}}))
    assert HostApi(c).get_hosts({"where": {"id": host.id}})[0].host_state.state == "IN_USE"
    assert len(VmApi(c).get_vms({"where": {"host": {"id": host.id}, "status": "RUNNING"}})) >= \
        len([v for v in running if v.status == "RUNNING"])


def test_maintenance_mode_refuses_a_vm_no_host_can_take(fresh):
    c = fresh.client
    host = busy_host(c)
    others = HostApi(c).get_hosts({"where": {"cluster": {"id": host.cluster.id}, "id_not": host.id}})
    with fresh.engine.lock:  # the other hosts of the cluster go away: nowhere to move
        for h in others:
            fresh.engine.store.update("Host", h.id, {"status": "CONNECTED_ERROR"})
    check = HostApi(c).enter_maintenance_mode_pre_check({"where": {"id": host.id}})
    wait_tasks([check.task_id], c, interval=0.01)
    assert HostApi(c).enter_maintenance_mode_precheck_result({"where": {"task_id": check.task_id}}).shutdown_vms
    task = task_of(c, HostApi(c).enter_maintenance_mode({"where": {"host_id": host.id}, "data": {}}))
    assert task.status == "FAILED" and "shutdown_vms" in task.error_message
    assert HostApi(c).get_hosts({"where": {"id": host.id}})[0].host_state is None or \
        HostApi(c).get_hosts({"where": {"id": host.id}})[0].host_state.state != "MAINTENANCE_MODE"
    running = VmApi(c).get_vms({"where": {"host": {"id": host.id}, "status_in": ["RUNNING", "SUSPENDED"]}})
    done(c, HostApi(c).enter_maintenance_mode({"where": {"host_id": host.id},
                                               "data": {"shutdown_vms": [v.id for v in running]}}))
    assert all(v.status == "STOPPED" for v in VmApi(c).get_vms({"where": {"id_in": [v.id for v in running]}}))


def test_power_off_refuses_running_vms_unless_forced(fresh):
    c = fresh.client
    host = busy_host(c)
    task = task_of(c, HostApi(c).power_off_host({"where": {"host_id": host.id},
                                                 "data": {"action": "poweroff", "force": False}}))
    assert task.status == "FAILED" and "maintenance mode" in task.error_message
    done(c, HostApi(c).power_off_host({"where": {"host_id": host.id}, "data": {"action": "poweroff", "force": True}}))
    assert VmApi(c).get_vms({"where": {"host": {"id": host.id}}}) == []
    assert HostApi(c).get_hosts({"where": {"id": host.id}})[0].status == "CONNECTING"


def test_volume_snapshot_rollback_and_clone(fresh):
    c = fresh.client
    vol = VmVolumeApi(c).get_vm_volumes({"where": {"name_contains": "free-volume"}, "first": 1})[0]
    snap = done(c, VmVolumeSnapshotApi(c).create_vm_volume_snapshot([{"volume_id": vol.id, "name": "s",
                                                                      "description": ""}]))[0].data
    clone = done(c, VmVolumeApi(c).clone_vm_volume([{"where": {"id": vol.id}, "data": {"name": "copy"}}]))[0].data
    copy = VmVolumeApi(c).get_vm_volumes({"where": {"id": clone.id}})[0]
    assert (copy.name, copy.size, copy.elf_storage_policy) == ("copy", vol.size, vol.elf_storage_policy)
    with fresh.engine.lock:
        fresh.engine.store.update("VmVolume", vol.id, {"size": vol.size * 2})
    done(c, VmVolumeApi(c).rollback_vm_volume([{"volume_snapshot_id": snap.id}]))
    assert VmVolumeApi(c).get_vm_volumes({"where": {"id": vol.id}})[0].size == vol.size


def test_iscsi_lun_snapshot_clone_and_rollback(fresh):
    from cloudtower_python_sdk import IscsiTargetApi
    c = fresh.client
    target = IscsiTargetApi(c).get_iscsi_targets({"first": 1})[0]
    lun = done(c, IscsiLunApi(c).create_iscsi_lun([{"iscsi_target_id": target.id, "name": "lun-a",
                                                    "assigned_size": 10, "assigned_size_unit": "GB",
                                                    "replica_num": 2}]))[0].data
    assert IscsiLunApi(c).get_iscsi_luns({"where": {"id": lun.id}})[0].assigned_size == 10 * GiB
    snap = done(c, IscsiLunSnapshotApi(c).create_iscsi_lun_snapshot([{"iscsi_lun_id": lun.id, "name": "s1",
                                                                      "iscsi_target_id": target.id}]))[0].data
    done(c, IscsiLunApi(c).update_iscsi_lun({"where": {"id": lun.id}, "data": {"assigned_size": 20,
                                                                             "assigned_size_unit": "GB"}}))
    assert IscsiLunApi(c).get_iscsi_luns({"where": {"id": lun.id}})[0].assigned_size == 20 * GiB
    done(c, IscsiLunApi(c).rollback_iscsi_lun_from_snapshot([{"lun_id": lun.id, "snapshot_id": snap.id}]))
    assert IscsiLunApi(c).get_iscsi_luns({"where": {"id": lun.id}})[0].assigned_size == 10 * GiB
    new = done(c, IscsiLunApi(c).clone_iscsi_lun_from_snapshot([{"snapshot_id": snap.id, "name": "lun-b",
                                                                 "iscsi_target_id": target.id}]))[0].data
    cloned = IscsiLunApi(c).get_iscsi_luns({"where": {"id": new.id}})[0]
    assert (cloned.name, cloned.assigned_size, cloned.replica_num) == ("lun-b", 10 * GiB, 2)


def test_snapshot_plan_execute_suspend_resume_and_group_rollback(fresh):
    c = fresh.client
    vms = VmApi(c).get_vms({"where": {"cluster": {"name": "elf-cluster-1"}, "in_recycle_bin": False}, "first": 2})
    plan = done(c, SnapshotPlanApi(c).create_snapshot_plan([{
        "name": "hourly", "cluster_id": vms[0].cluster.id, "vm_ids": [v.id for v in vms], "execute_intervals": [1],
        "execute_plan_type": "HOUR", "remain_snapshot_num": 3, "start_time": "2026-01-01T00:00:00.000Z"}]))[0].data
    done(c, SnapshotPlanApi(c).execute_snapshot_plan({"where": {"id": plan.id}, "data": {"task_name": "manual-1"}}))
    group = SnapshotGroupApi(c).get_snapshot_groups({"where": {"name": "manual-1"}})[0]
    assert len(group.vm_snapshots) == 2
    assert SnapshotPlanApi(c).get_snapshot_plans({"where": {"id": plan.id}})[0].snapshot_group_num == 1
    done(c, SnapshotGroupApi(c).keep_snapshot_group({"where": {"id": group.id}}))
    assert SnapshotGroupApi(c).get_snapshot_groups({"where": {"id": group.id}})[0].keep is True
    done(c, VmApi(c).update_vm({"where": {"id": vms[0].id}, "data": {"memory": 77, "memory_unit": "GB"}}))
    done(c, SnapshotGroupApi(c).rollback_snapshot_group({"where": {"id": group.id}}))
    assert VmApi(c).get_vms({"where": {"id": vms[0].id}})[0].memory == vms[0].memory
    done(c, SnapshotPlanApi(c).suspend_snapshot_plan({"where": {"id": plan.id}}))
    assert SnapshotPlanApi(c).get_snapshot_plans({"where": {"id": plan.id}})[0].status == "SUSPENDED"
    task = task_of(c, SnapshotPlanApi(c).suspend_snapshot_plan({"where": {"id": plan.id}}))
    assert task.status == "FAILED" and "requires NORMAL" in task.error_message
    done(c, SnapshotPlanApi(c).resume_snapshot_plan({"where": {"id": plan.id}}))
    assert SnapshotPlanApi(c).get_snapshot_plans({"where": {"id": plan.id}})[0].status == "NORMAL"


def test_rolling_back_a_lun_to_another_luns_snapshot_is_refused(fresh):
    from cloudtower_python_sdk import IscsiTargetApi
    c = fresh.client
    target = IscsiTargetApi(c).get_iscsi_targets({"first": 1})[0]
    luns = done(c, IscsiLunApi(c).create_iscsi_lun([
        {"iscsi_target_id": target.id, "name": n, "assigned_size": 1, "assigned_size_unit": "GB", "replica_num": 2}
        for n in ("x", "y")]))
    snap = done(c, IscsiLunSnapshotApi(c).create_iscsi_lun_snapshot([{"iscsi_lun_id": luns[0].data.id, "name": "s",
                                                                      "iscsi_target_id": target.id}]))[0].data
    with pytest.raises(ApiException) as e:
        IscsiLunApi(c).rollback_iscsi_lun_from_snapshot([{"lun_id": luns[1].data.id, "snapshot_id": snap.id}])
    assert e.value.status == 400 and "not a snapshot of" in e.value.message


def test_backup_plan_execute_suspend_resume(fresh):
    from cloudtower_python_sdk import BackupPlanApi, BackupPlanExecutionApi
    c = fresh.client
    vms = VmApi(c).get_vms({"where": {"in_recycle_bin": False}, "first": 2})
    plan = backup_plan(fresh, [v.id for v in vms])
    answer = done(c, BackupPlanApi(c).execute_backup_plan({"where": {"id": plan["id"]}, "data": {"type": "FULL"}}))
    execution = BackupPlanExecutionApi(c).get_backup_plan_executions({"where": {"id": answer[0].data.id}})[0]
    assert (execution.type, execution.method, execution.status, execution.success_job_count) == (
        "FULL", "MANUAL", "SUCCESS", 2)
    read = BackupPlanApi(c).get_backup_plans({"where": {"id": plan["id"]}})[0]
    assert read.last_manual_execute_status == "SUCCESS" and read.last_manual_execute_total_job_count == 2
    done(c, BackupPlanApi(c).suspend_backup_plan({"where": {"id": plan["id"]}}))
    assert BackupPlanApi(c).get_backup_plans({"where": {"id": plan["id"]}})[0].status == "PAUSED"
    with pytest.raises(ApiException) as e:
        BackupPlanApi(c).execute_backup_plan({"where": {"id": plan["id"]}, "data": {"type": "INCREMENTAL"}})
    assert e.value.status == 400 and "paused" in e.value.message
    done(c, BackupPlanApi(c).resume_backup_plan({"where": {"id": plan["id"]}}))
    assert BackupPlanApi(c).get_backup_plans({"where": {"id": plan["id"]}})[0].status == "WORKING"
