# coding: utf-8
"""Backup restore points: restore in place, rebuild elsewhere, delete, read their metadata."""
from ..errors import HttpError
from .common import draft, find, require, with_task
from .registry import handles
from .vm_copy import config_of


def _restore_points(call):
    return find(call.engine, "BackupRestorePoint", call.body["where"])


def _restore_execution(call, point, mode, d, apply):
    engine = call.engine
    values = dict(id=engine.store.new_id(), backup_restore_point=point["id"], mode=mode, status="RUNNING",
                  name="%s-%s" % (mode.lower(), point.get("vm_name") or point["id"]),
                  startup_after_restore=d["startup_after_restore"], rebuild_name=d.get("rebuild_name"),
                  rebuild_target_cluster=d.get("rebuild_target_cluster_id"),
                  rebuild_network_mapping=d.get("rebuild_network_mapping") or [], retry_times=0,
                  total_bytes=point.get("size") or 0, read_bytes=0, executed_at=engine.now_iso(), duration=0)

    def effect(values=values):
        apply()
        engine.store.insert("BackupRestoreExecution", dict(values, status="SUCCESS",
                                                           read_bytes=values["total_bytes"]))
    task = call.task("Restore %s from backup" % (point.get("vm_name") or point["id"]), effect,
                     resource_type="BackupRestoreExecution", resource_id=values["id"], key="backup_restore.%s"
                     % mode.lower())
    return with_task(engine, "BackupRestoreExecution", draft(engine, "BackupRestoreExecution", values), task)


@handles("backup_restore_vm_in_place")
def backup_restore_vm_in_place(call):
    """The VM of each restore point takes the configuration the point recorded (``_vm_config``)."""
    engine, d = call.engine, call.data
    out = []
    for point in _restore_points(call):
        vm = engine.store.get("Vm", point["vm"]) if point["vm"] else None
        if vm is None:
            raise HttpError(400, "The VM of restore point %s no longer exists; use backup_rebuild_vm" % point["id"])

        def apply(vm_id=vm["id"], point=point):
            changes = dict(point.get("_vm_config") or {})
            if d["startup_after_restore"]:
                changes["status"] = "RUNNING"
            engine.store.update("Vm", vm_id, changes)
        out.append(_restore_execution(call, point, "INPLACE", d, apply))
    return out


@handles("backup_rebuild_vm")
def backup_rebuild_vm(call):
    """A new VM named ``rebuild_name`` in the target cluster from each restore point."""
    engine, d = call.engine, call.data
    cluster = require(engine, "Cluster", d["rebuild_target_cluster_id"], "data.rebuild_target_cluster_id")
    host = require(engine, "Host", d["rebuild_target_host_id"], "data.rebuild_target_host_id")
    out = []
    for point in _restore_points(call):
        source = engine.store.get("Vm", point["vm"]) if point["vm"] else None
        config = point.get("_vm_config") or (config_of(source) if source else {})

        def apply(config=config):
            values = dict(config, name=d["rebuild_name"], cluster=cluster["id"], local_id=engine.store.new_uuid(),
                          status="RUNNING" if d["startup_after_restore"] else "STOPPED", in_recycle_bin=False,
                          host=host["id"] if d["startup_after_restore"] else None, local_created_at=engine.now_iso(),
                          guest_os_type="UNKNOWN", vm_tools_status="NOT_INSTALLED")
            engine.store.insert("Vm", values)
            engine.refresh(cluster["id"])
        out.append(_restore_execution(call, point, "REBUILD", d, apply))
    return out


@handles("delete_backup_restore_point")
def delete_backup_restore_point(call):
    points = _restore_points(call)
    engine = call.engine

    def effect():
        for p in points:
            engine.store.delete("BackupRestorePoint", p["id"])
    task = call.task("Delete %d backup restore points" % len(points), effect, resource_type="BackupRestorePoint",
                     resource_id=points[0]["id"] if points else None, key="backup_restore_point.delete")
    return [{"task_id": task, "data": [{"id": p["id"]} for p in points]}]


@handles("get_backup_restore_point_metadata")
def get_backup_restore_point_metadata(call):
    """The VM configuration a restore point holds."""
    where = dict((k, v) for k, v in call.body["where"].items() if v is not None)
    points = find(call.engine, "BackupRestorePoint", where)
    if not points:
        raise HttpError(400, "No BackupRestorePoint matches where")
    point = points[0]
    vm = call.store.get("Vm", point["vm"]) if point["vm"] else None
    config = point.get("_vm_config") or (config_of(vm) if vm else {})
    cpu = config.get("cpu") or {}
    return {"name": point.get("vm_name") or (vm or {}).get("name"), "local_id": point.get("vm_local_id"),
            "vcpu": config.get("vcpu"), "cpu_cores": cpu.get("cores"), "cpu_sockets": cpu.get("sockets"),
            "memory": config.get("memory"), "ha": config.get("ha"), "firmware": config.get("firmware"),
            "clock_offset": config.get("clock_offset"), "cpu_model": config.get("cpu_model"),
            "description": (vm or {}).get("description"), "cluster_local_id": point.get("cluster_local_id")}
