# coding: utf-8
"""Backups: what a plan's execution keeps of each VM (restore points), restore in place, rebuild elsewhere,
delete, read their metadata."""
from .. import world
from ..errors import HttpError, TaskFailure
from .common import draft, elf_cluster, find, find_one, per_record, require, with_task
from .registry import handles
from .vm_base import pick_host, set_status, settle_host
from .vm_copy import CONFIG_KEYS, by_local_id, clear_devices, config_of, thaw_disks, thaw_nics
from .vm_devices import check_vlan
from .vm_lifecycle import _finish_new_vm, _new_from


def record_restore_points(engine, plan, execution_id, kind, now):
    """Per VM of the plan, the BackupTargetExecution of ``execution_id`` and the BackupRestorePoint it leaves;
    the point keeps the VM's configuration, disks and NICs (``_vm_config``, never shown) for restores."""
    store = engine.store
    for vm in store.related("BackupPlan", plan, "vms"):
        cluster = store.get("Cluster", vm["cluster"]) or {}
        size = vm["size"] or 0
        parent = max((p for p in store.related("BackupPlan", plan, "backup_restore_points")
                      if p["vm_local_id"] == vm["local_id"]), key=lambda p: p["id"], default=None)  # the newest
        same = dict(vm=vm["id"], vm_name=vm["name"], vm_local_id=vm["local_id"], type=kind,
                    cluster_local_id=cluster.get("local_id"))
        target = store.insert("BackupTargetExecution", dict(
            same, backup_plan_execution=execution_id, status="SUCCESS", backup_group=store.new_uuid(),
            parent_backup=parent["local_id"] if parent and kind == "INCREMENTAL" else "", local_id=store.new_uuid(),
            executed_at=now, duration=0, read_bytes=size, total_bytes=size, retry_times=0))
        store.insert("BackupRestorePoint", dict(
            same, backup_plan=plan["id"], backup_target_execution=target["id"], creation="MANUAL",
            parent_restore_point=target["parent_backup"] or None, local_id=store.new_uuid(), slice=store.new_uuid(),
            snapshot_consistent_type=plan.get("snapshot_consistent_type") or "CRASH_CONSISTENT", size=size,
            logical_size=size, physical_size=size, valid_size=size, compressed=bool(plan.get("compression")),
            local_created_at=now, _vm_config=_what_is_kept(store, vm)))
    _keep(engine, plan)
    points = store.related("BackupPlan", plan, "backup_restore_points")
    store.update("BackupPlan", plan["id"], {"backup_restore_point_count": len(points),
                                            "backup_total_size": sum(p["size"] or 0 for p in points)})


def _keep(engine, plan):
    """Apply the plan's ``keep_policy``: with COUNT, only the ``keep_policy_value`` newest restore points of
    each VM stay (FOREVER and TIME keep every point here: the simulator's time does not age them)."""
    if plan.get("keep_policy") != "COUNT" or not plan.get("keep_policy_value"):
        return
    by_vm = {}
    for p in sorted(engine.store.related("BackupPlan", plan, "backup_restore_points"), key=lambda p: p["id"]):
        by_vm.setdefault(p["vm_local_id"], []).append(p)
    for points in by_vm.values():
        for p in points[:-plan["keep_policy_value"]]:
            engine.store.delete("BackupRestorePoint", p["id"])


def _what_is_kept(store, vm):
    """What a restore point keeps of ``vm``: its configuration, disks and NICs, frozen."""
    return dict(config_of(vm), description=vm["description"], guest_os_type=vm["guest_os_type"],
                vm_disks=world.frozen_disks(store, vm), vm_nics=world.frozen_nics(store, vm))


def _kept(engine, point):
    """What the restore point keeps of its VM (a point made outside a plan's execution: the VM as it is)."""
    if point.get("_vm_config"):
        return point["_vm_config"]
    vm = engine.store.get("Vm", point["vm"]) if point["vm"] else None
    return _what_is_kept(engine.store, vm) if vm else dict(config_of({}), vm_disks=[], vm_nics=[])


def _restore_execution(call, point, mode, d, apply):
    """The BackupRestoreExecution a restore leaves (SUCCESS when its task ends after ``apply()``)."""
    engine = call.engine
    values = dict(id=engine.store.new_id(), backup_restore_point=point["id"], mode=mode, status="RUNNING",
                  name="%s-%s" % (mode.lower(), point.get("vm_name") or point["id"]),
                  startup_after_restore=d["startup_after_restore"], rebuild_name=d.get("rebuild_name"),
                  rebuild_target_cluster=d.get("rebuild_target_cluster_id"),
                  rebuild_network_mapping=d.get("rebuild_network_mapping") or [], retry_times=0,
                  total_bytes=point.get("size") or 0, read_bytes=0, executed_at=engine.now_iso(), duration=0)

    def effect(values=values, point_id=point["id"]):
        if engine.store.get("BackupRestorePoint", point_id) is None:
            raise TaskFailure("Backup restore point %s no longer exists" % point_id, "EResourceNotFound")
        apply()
        engine.store.insert("BackupRestoreExecution", dict(values, status="SUCCESS",
                                                           read_bytes=values["total_bytes"]))
    task = call.task("Restore %s from backup" % (point.get("vm_name") or point["id"]), effect,
                     resource_type="BackupRestoreExecution", resource_id=values["id"], key="backup_restore.%s"
                     % mode.lower())
    return with_task(engine, "BackupRestoreExecution", draft(engine, "BackupRestoreExecution", values), task)


@handles("backup_restore_vm_in_place")
def backup_restore_vm_in_place(call):
    """The VM of each restore point takes back the configuration, disks (its own volumes, at the kept size) and
    NICs the point keeps; it ends STOPPED, or RUNNING with ``startup_after_restore``."""
    engine, d = call.engine, call.data
    out = []
    for point in find(engine, "BackupRestorePoint", call.body["where"]):
        vm = engine.store.get("Vm", point["vm"]) if point["vm"] else None
        if vm is None:
            raise HttpError(400, "The VM of restore point %s no longer exists (where); restore it with "
                                 "backup_rebuild_vm" % point["id"])

        kept_now = _kept(engine, point)  # what the point keeps, read when the call is made

        def apply(vm_id=vm["id"], kept=kept_now):
            current = engine.store.get("Vm", vm_id)
            if current is None:
                raise TaskFailure("VM %s no longer exists" % vm_id, "EVmNotFound")
            engine.store.update("Vm", vm_id, dict((k, kept.get(k)) for k in CONFIG_KEYS))
            clear_devices(engine, current)
            thaw_disks(engine, current, kept["vm_disks"], reuse_volumes=True)
            thaw_nics(engine, current, kept["vm_nics"], keep_mac=True)
            if d["startup_after_restore"]:
                if current["status"] != "RUNNING":
                    current["status"], current["_host_pending"] = "RUNNING", pick_host(engine, current["cluster"])["id"]
                    settle_host(engine, current)
            else:
                set_status("STOPPED")(engine, current, None)
            engine.refresh(current["cluster"])
        out.append(_restore_execution(call, point, "INPLACE", d, apply))
    return out


def _vlan_mapping(engine, d, cluster_id):
    """{source VLAN id: target VLAN id} of ``rebuild_network_mapping`` (a 400 naming a VLAN that is wrong)."""
    out = {}
    for i, m in enumerate(d["rebuild_network_mapping"]):
        path = "data.rebuild_network_mapping[%d]" % i
        require(engine, "Vlan", m["src_vlan_id"], path + ".src_vlan_id")
        check_vlan(engine, m["dst_vlan_id"], cluster_id, path + ".dst_vlan_id")
        out[m["src_vlan_id"]] = m["dst_vlan_id"]
    return out


@handles("backup_rebuild_vm")
def backup_rebuild_vm(call):
    """A new VM named ``rebuild_name`` on the target host's cluster from each restore point: the kept
    configuration, new volumes for the kept disks, the kept NICs on the mapped VLANs."""
    engine, d = call.engine, call.data
    cluster = elf_cluster(engine, d["rebuild_target_cluster_id"], "data.rebuild_target_cluster_id")
    host = require(engine, "Host", d["rebuild_target_host_id"], "data.rebuild_target_host_id")
    if host["cluster"] != cluster["id"]:
        raise HttpError(400, "Host %s is not in cluster %s (data.rebuild_target_host_id)"
                        % (host["name"], cluster["name"]))
    vlans = _vlan_mapping(engine, d, cluster["id"])
    out = []
    for point in find(engine, "BackupRestorePoint", call.body["where"]):
        kept = _kept(engine, point)
        if kept.get("memory") is None:
            raise HttpError(400, "Restore point %s keeps no VM configuration (where)" % point["id"])
        values = _new_from(engine, {"name": d["rebuild_name"]}, dict(kept, guest_os_type=None, description=None),
                           cluster, "data")

        def apply(kept=kept, values=values):
            vm = engine.store.insert("Vm", dict(values, description=kept.get("description") or "",
                                                guest_os_type=kept.get("guest_os_type") or "UNKNOWN"))
            thaw_disks(engine, vm, kept["vm_disks"])
            nics = [dict(n, vlan=_mapped(engine, n, vlans)) for n in kept["vm_nics"]]
            thaw_nics(engine, vm, nics)
            _finish_new_vm(engine, vm, {"status": "RUNNING" if d["startup_after_restore"] else "STOPPED",
                                        "host_id": host["id"]})
        out.append(_restore_execution(call, point, "REBUILD", d, apply))
    return out


def _mapped(engine, nic, vlans):
    """The frozen VLAN of a NIC, moved to the VLAN the mapping gives for its source VLAN."""
    vlan = by_local_id(engine, "Vlan", (nic.get("vlan") or {}).get("vlan_local_id"))
    target = engine.store.get("Vlan", vlans[vlan["id"]]) if vlan and vlan["id"] in vlans else None
    return dict(nic.get("vlan") or {}, vlan_local_id=target["local_id"]) if target else nic.get("vlan")


@handles("delete_backup_plan")
def delete_backup_plan(call):
    """Each plan the where matches, one task each; under DELETE_RESTORE_POINT its restore points go with it,
    under KEEP_RESTORE_POINT they stay (their VMs can still be restored), without a plan."""
    store = call.store
    with_points = call.data["delete_strategy"] == "DELETE_RESTORE_POINT"

    def apply(plan):
        for p in store.related("BackupPlan", plan, "backup_restore_points") if with_points else []:
            store.delete("BackupRestorePoint", p["id"])
        store.delete("BackupPlan", plan["id"])
    plans = find(call.engine, "BackupPlan", call.body["where"])
    return per_record(call, "BackupPlan", plans, "Delete backup plan", "backup_plan.delete", apply,
                      answer=lambda plan, task: {"task_id": task, "data": {"id": plan["id"]}})


@handles("delete_backup_restore_point")
def delete_backup_restore_point(call):
    """One task deleting every restore point the where matches."""
    points = find(call.engine, "BackupRestorePoint", call.body["where"])
    engine = call.engine

    def effect():
        for p in points:
            if engine.store.get("BackupRestorePoint", p["id"]) is not None:
                engine.store.delete("BackupRestorePoint", p["id"])
    task = call.task("Delete %d backup restore points" % len(points), effect, resource_type="BackupRestorePoint",
                     resource_id=points[0]["id"] if points else None, key="backup_restore_point.delete")
    return [{"task_id": task, "data": [{"id": p["id"]} for p in points]}]


@handles("get_backup_restore_point_metadata")
def get_backup_restore_point_metadata(call):
    """The VM configuration, disks and NICs a restore point keeps."""
    engine = call.engine
    point = find_one(engine, "BackupRestorePoint", call.body["where"], "where")
    kept = _kept(engine, point)
    cluster = next((c for c in engine.store.all("Cluster") if c["local_id"] == point.get("cluster_local_id")), {})
    cpu = kept.get("cpu") or {}
    return {"name": point.get("vm_name"), "local_id": point.get("vm_local_id"), "description": kept.get("description"),
            "vcpu": kept.get("vcpu"), "cpu_cores": cpu.get("cores"), "cpu_sockets": cpu.get("sockets"),
            "memory": kept.get("memory"), "ha": kept.get("ha"), "firmware": kept.get("firmware"),
            "clock_offset": kept.get("clock_offset"), "cpu_model": kept.get("cpu_model"),
            "win_opt": kept.get("win_opt"), "io_policy": kept.get("io_policy"), "max_iops": kept.get("max_iops"),
            "max_iops_policy": kept.get("max_iops_policy"), "max_bandwidth": kept.get("max_bandwidth"),
            "max_bandwidth_policy": kept.get("max_bandwidth_policy"), "guest_os_type": kept.get("guest_os_type"),
            "cluster_local_id": point.get("cluster_local_id"), "cluster_type": cluster.get("type"),
            "cluster_version": cluster.get("version"),
            "vm_disks": [{"boot": f["boot"], "bus": f["bus"], "type": f["type"], "disabled": False,
                          "vm_volume_name": f.get("disk_name"), "vm_volume_size": f["size"],
                          "vm_volume_path": f["path"]} for f in kept["vm_disks"]],
            "vm_nics": [{"enabled": n["enabled"], "mirror": n["mirror"], "model": n["model"],
                         "mac_address": n["mac_address"], "vlan_name": n["vlan"]["name"],
                         "vlan_local_id": n["vlan"]["vlan_local_id"]} for n in kept["vm_nics"]]}
