# coding: utf-8
"""Backups through the SDK: a plan's execution leaves restore points, which restore a VM in place, rebuild it
elsewhere, describe it, and can be deleted."""
import pytest

from cloudtower_python_sdk import ApiException, ClusterApi, HostApi, TaskApi, VmApi, VmDiskApi
from cloudtower_python_sdk.api import BackupPlanApi, BackupRestoreExecutionApi, BackupRestorePointApi

from sim_helpers import backup_plan, task_states

pytestmark = pytest.mark.usefixtures("shape_checked")  # every answer has its schema's shape

GiB = 1024 ** 3


def backed_up(sim, n_vms=1, kind="FULL", **plan_fields):
    """A backup plan of ``n_vms`` stopped ELF VMs with disks and NICs, executed once: (plan id, VMs, points)."""
    c = sim.client
    vms = VmApi(c).get_vms({"where": {"in_recycle_bin": False, "status": "STOPPED", "cluster": {"hypervisor": "ELF"},
                                      "vm_disks_some": {"type": "DISK"}, "vm_nics_some": {}}, "first": n_vms})
    plan = backup_plan(sim, [v.id for v in vms], **plan_fields)
    answer = BackupPlanApi(c).execute_backup_plan({"where": {"id": plan["id"]}, "data": {"type": kind}})
    if sim.clock == "manual":
        sim.advance(sim.task_seconds)
    assert task_states(c, answer) == ["SUCCESSED"]
    points = BackupRestorePointApi(c).get_backup_restore_points({"where": {"backup_plan": {"id": plan["id"]}}})
    return plan["id"], vms, points


def test_an_execution_leaves_a_restore_point_per_vm(fresh):
    c = fresh.client
    plan_id, vms, points = backed_up(fresh, n_vms=2, keep_policy="COUNT", keep_policy_value=2)
    assert sorted((p.vm.id, p.vm_name, p.vm_local_id, p.type) for p in points) == sorted(
        (v.id, v.name, v.local_id, "FULL") for v in vms)
    assert all(p.backup_plan.id == plan_id and p.size == v.size for p, v in zip(
        sorted(points, key=lambda p: p.vm.id), sorted(vms, key=lambda v: v.id)))
    assert all(p.backup_target_execution.id for p in points)
    plan = BackupPlanApi(c).get_backup_plans({"where": {"id": plan_id}})[0]
    assert plan.backup_restore_point_count == 2
    BackupPlanApi(c).execute_backup_plan({"where": {"id": plan_id}, "data": {"type": "INCREMENTAL"}})
    later = BackupRestorePointApi(c).get_backup_restore_points({"where": {"type": "INCREMENTAL"}})
    by_vm = dict((p.vm.id, p) for p in points)
    assert sorted(p.parent_restore_point for p in later) == sorted(by_vm[p.vm.id].local_id for p in later)
    BackupPlanApi(c).execute_backup_plan({"where": {"id": plan_id}, "data": {"type": "INCREMENTAL"}})
    kept = BackupRestorePointApi(c).get_backup_restore_points({"where": {"backup_plan": {"id": plan_id}}})
    assert len(kept) == 4 and not set(p.id for p in points) & set(p.id for p in kept)  # 2 a VM: the FULL ones go
    assert BackupPlanApi(c).get_backup_plans({"where": {"id": plan_id}})[0].backup_restore_point_count == 4


def test_restore_in_place_brings_back_configuration_disks_and_nics(fresh):
    c = fresh.client
    _, (vm,), (point,) = backed_up(fresh)
    volume_id = VmDiskApi(c).get_vm_disks({"where": {"vm": {"id": vm.id}, "type": "DISK"}})[0].vm_volume.id
    with fresh.engine.lock:  # after the backup: more memory, a bigger volume, no NICs
        store = fresh.engine.store
        store.update("Vm", vm.id, {"memory": vm.memory * 2})
        store.update("VmVolume", volume_id, {"size": 999 * GiB})
        for nic in store.related("Vm", store.get("Vm", vm.id), "vm_nics"):
            store.delete("VmNic", nic["id"])
    answer = BackupPlanApi(c).backup_restore_vm_in_place({"where": {"id": point.id},
                                                                  "data": {"startup_after_restore": True}})
    assert task_states(c, answer) == ["SUCCESSED"]
    after = VmApi(c).get_vms({"where": {"id": vm.id}})[0]
    assert (after.memory, after.status, after.size) == (vm.memory, "RUNNING", vm.size)
    assert after.host is not None and len(after.vm_nics) == len(vm.vm_nics)
    assert fresh.world.get("VmVolume", volume_id)["size"] < 999 * GiB  # the same volume, resized
    execution = BackupRestoreExecutionApi(c).get_backup_restore_executions({"where": {"id": answer[0].data.id}})[0]
    assert (execution.mode, execution.status, execution.backup_restore_point.id) == ("INPLACE", "SUCCESS", point.id)


def test_restore_in_place_without_startup_stops_the_vm(fresh):
    c = fresh.client
    _, (vm,), (point,) = backed_up(fresh)
    api = BackupPlanApi(c)
    for startup, status in ((True, "RUNNING"), (False, "STOPPED")):
        answer = api.backup_restore_vm_in_place({"where": {"id": point.id}, "data": {"startup_after_restore": startup}})
        assert task_states(c, answer) == ["SUCCESSED"]
        assert VmApi(c).get_vms({"where": {"id": vm.id}})[0].status == status


def test_restore_in_place_fails_when_the_vm_is_gone_before_its_task_ends(slow):
    c = slow.client
    _, (vm,), (point,) = backed_up(slow)
    answer = BackupPlanApi(c).backup_restore_vm_in_place({"where": {"id": point.id},
                                                          "data": {"startup_after_restore": True}})
    with slow.engine.lock:
        slow.engine.store.delete("Vm", vm.id)
    slow.advance(slow.task_seconds)
    task = TaskApi(c).get_tasks({"where": {"id": answer[0].task_id}})[0]
    assert (task.status, task.error_code) == ("FAILED", "EVmNotFound")
    assert BackupRestoreExecutionApi(c).get_backup_restore_executions({"where": {"id": answer[0].data.id}}) == []


def test_rebuild_makes_a_new_vm_with_the_kept_disks_on_the_mapped_vlans(fresh):
    c = fresh.client
    _, (vm,), (point,) = backed_up(fresh)
    host = HostApi(c).get_hosts({"where": {"cluster": {"id": vm.cluster.id}, "status": "CONNECTED_HEALTHY"}})[0]
    src_vlan = fresh.world.get("VmNic", vm.vm_nics[0].id)["vlan"]["id"]
    dst_vlan = [v for v in fresh.world.all("Vlan") if v["vds"] and v["id"] != src_vlan
                and fresh.world.get("Vds", v["vds"]["id"])["cluster"]["id"] == vm.cluster.id][0]
    data = {"rebuild_name": "rebuilt", "rebuild_target_cluster_id": vm.cluster.id, "rebuild_target_host_id": host.id,
            "startup_after_restore": False,
            "rebuild_network_mapping": [{"src_vlan_id": src_vlan, "dst_vlan_id": dst_vlan["id"]}]}
    answer = BackupPlanApi(c).backup_rebuild_vm({"where": {"id": point.id}, "data": data})
    assert task_states(c, answer) == ["SUCCESSED"]
    new = VmApi(c).get_vms({"where": {"name": "rebuilt"}})[0]
    assert (new.memory, new.vcpu, new.status, new.size) == (vm.memory, vm.vcpu, "STOPPED", vm.size)
    assert len(new.vm_disks) == len(vm.vm_disks) and len(new.vm_nics) == len(vm.vm_nics)
    assert fresh.world.get("VmNic", new.vm_nics[0].id)["vlan"]["id"] == dst_vlan["id"]
    new_volumes, old_volumes = [set(d.vm_volume.id for d in VmDiskApi(c).get_vm_disks(
        {"where": {"vm": {"id": v.id}, "type": "DISK"}})) for v in (new, vm)]
    assert new_volumes and not new_volumes & old_volumes
    execution = BackupRestoreExecutionApi(c).get_backup_restore_executions({"where": {"id": answer[0].data.id}})[0]
    assert (execution.mode, execution.rebuild_name, execution.rebuild_target_cluster) == (
        "REBUILD", "rebuilt", vm.cluster.id)


@pytest.mark.parametrize("change, field", [
    ({"rebuild_target_cluster_id": "nope"}, "data.rebuild_target_cluster_id"),
    ({"rebuild_target_host_id": "nope"}, "data.rebuild_target_host_id"),
    ({"other_cluster_host": True}, "data.rebuild_target_host_id"),
    ({"rebuild_target_cluster_id": "vmware"}, "data.rebuild_target_cluster_id"),
    ({"rebuild_network_mapping": [{"src_vlan_id": "nope", "dst_vlan_id": "nope"}]},
     "data.rebuild_network_mapping[0].src_vlan_id"),
])
def test_rebuild_refuses_what_does_not_exist(sim, change, field):
    cluster = ClusterApi(sim.client).get_clusters({"where": {"hypervisor": "ELF"}, "first": 1})[0]
    host_where = {"cluster": {"id_not" if change.pop("other_cluster_host", False) else "id": cluster.id}}
    host = HostApi(sim.client).get_hosts({"where": host_where, "first": 1})[0]
    if change.get("rebuild_target_cluster_id") == "vmware":  # VMs are rebuilt on ELF clusters only
        change["rebuild_target_cluster_id"] = ClusterApi(sim.client).get_clusters(
            {"where": {"hypervisor": "VMWARE"}, "first": 1})[0].id
    data = dict({"rebuild_name": "x", "rebuild_target_cluster_id": cluster.id,
                 "rebuild_target_host_id": host.id, "startup_after_restore": False,
                 "rebuild_network_mapping": []}, **change)
    with pytest.raises(ApiException) as e:
        BackupPlanApi(sim.client).backup_rebuild_vm({"where": {}, "data": data})
    assert e.value.status == 400 and field in e.value.message


def test_a_point_whose_vm_is_gone_restores_only_by_rebuilding(fresh):
    c = fresh.client
    _, (vm,), (point,) = backed_up(fresh)
    with fresh.engine.lock:
        fresh.engine.store.delete("Vm", vm.id)
    with pytest.raises(ApiException) as e:
        BackupPlanApi(c).backup_restore_vm_in_place({"where": {"id": point.id},
                                                             "data": {"startup_after_restore": False}})
    assert e.value.status == 400 and "backup_rebuild_vm" in e.value.message
    meta = BackupPlanApi(c).get_backup_restore_point_metadata({"where": {"id": point.id}})
    assert (meta.name, meta.memory, meta.vcpu) == (vm.name, vm.memory, vm.vcpu)  # kept by the point, not the VM
    assert len(meta.vm_disks) == len(vm.vm_disks) and len(meta.vm_nics) == len(vm.vm_nics)


def test_metadata_of_no_point_is_a_400(sim):
    with pytest.raises(ApiException) as e:
        BackupPlanApi(sim.client).get_backup_restore_point_metadata({"where": {"id": "nope"}})
    assert e.value.status == 400 and "where" in e.value.message


@pytest.mark.parametrize("strategy, points_left", [("DELETE_RESTORE_POINT", 0), ("KEEP_RESTORE_POINT", 2)])
def test_delete_backup_plan_with_or_without_its_restore_points(fresh, strategy, points_left):
    c = fresh.client
    plan_id, _, points = backed_up(fresh, n_vms=2)
    answer = BackupPlanApi(c).delete_backup_plan({"where": {"id": plan_id}, "data": {"delete_strategy": strategy}})
    assert [a.data.id for a in answer] == [plan_id] and task_states(c, answer) == ["SUCCESSED"]
    assert BackupPlanApi(c).get_backup_plans({"where": {"id": plan_id}}) == []
    left = fresh.world.all("BackupRestorePoint")
    assert len(left) == points_left and all(p["backup_plan"] is None for p in left)


def test_delete_restore_points(fresh):
    c = fresh.client
    plan_id, _, points = backed_up(fresh, n_vms=2)
    answer = BackupPlanApi(c).delete_backup_restore_point({"where": {"id": points[0].id}})
    assert [p.id for p in answer[0].data] == [points[0].id] and task_states(c, answer) == ["SUCCESSED"]
    left = BackupRestorePointApi(c).get_backup_restore_points({"where": {"backup_plan": {"id": plan_id}}})
    assert [p.id for p in left] == [points[1].id]
