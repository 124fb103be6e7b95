# coding: utf-8
"""Roles, isolation policies, application packages, ESXi accounts, topology, reports, logs, GPUs,
cluster storage, backups."""
import csv
import io

from ..errors import HttpError, TaskFailure
from .common import draft, find, now_iso, per_record, require, with_task
from .registry import handles
from .vm_copy import config_of


@handles("delete_role")
def delete_role(call):
    roles = find(call.engine, "UserRoleNext", call.body["where"])
    for role in roles:
        if role.get("preset"):
            raise HttpError(400, "Role %s is a preset role and cannot be deleted" % role["name"])
        users = [u for u in call.store.all("User") if role["id"] in call.store.related_ids("User", u, "roles")]
        if users:
            raise HttpError(400, "Role %s is given to %d users; take it from them first" % (role["name"], len(users)))
    return per_record(call, "UserRoleNext", roles, "Delete role", "user_role_next.delete",
                      lambda r: call.store.delete("UserRoleNext", r["id"]),
                      answer=lambda r, task: {"task_id": task, "data": {"id": r["id"]}})


@handles("delete_cloud_tower_application_package")
def delete_application_package(call):
    out = []
    for pkg in find(call.engine, "CloudTowerApplicationPackage", call.body["where"]):
        if call.store.related_ids("CloudTowerApplicationPackage", pkg, "applications"):
            raise HttpError(400, "Application package %s is in use by applications" % pkg["name"])
        call.store.delete("CloudTowerApplicationPackage", pkg["id"])
        out.append({"id": pkg["id"]})
    return out


def _rules(rules):
    return [dict(r, type=r.get("type") or "ALL") for r in rules or []]


@handles("create_isolation_policy")
def create_isolation_policy(call):
    """An isolation policy of a VM (answered at once: the real API returns no task)."""
    engine, b = call.engine, call.body
    vm = require(engine, "Vm", b["vm_id"], "vm_id")
    require(engine, "EverouteCluster", b["everoute_cluster_id"], "everoute_cluster_id")
    if engine.store.related_ids("Vm", vm, "isolation_policy"):
        raise HttpError(400, "VM %s already has an isolation policy (vm_id)" % vm["name"])
    rec = call.store.insert("IsolationPolicy", dict(vm=vm["id"], everoute_cluster=b["everoute_cluster_id"],
                                                    mode=b["mode"], ingress=_rules(b.get("ingress")),
                                                    egress=_rules(b.get("egress"))))
    return call.store.render("IsolationPolicy", rec)


@handles("update_isolation_policy")
def update_isolation_policy(call):
    out = []
    for rec in find(call.engine, "IsolationPolicy", call.body["where"]):
        changes = dict((k, _rules(v) if k in ("ingress", "egress") else v) for k, v in call.data.items())
        call.store.update("IsolationPolicy", rec["id"], changes)
        out.append(call.store.render("IsolationPolicy", rec))
    return out


@handles("delete_isolation_policy")
def delete_isolation_policy(call):
    out = []
    for rec in find(call.engine, "IsolationPolicy", call.body["where"]):
        call.store.delete("IsolationPolicy", rec["id"])
        out.append({"id": rec["id"]})
    return out


@handles("update_vsphere_esxi_account")
def update_vsphere_esxi_account(call):
    """Each account's address and credentials (the password is kept, never shown); one task for all."""
    engine = call.engine
    items = [(require(engine, "VsphereEsxiAccount", d["esxi_account_id"], "data[%d].esxi_account_id" % i), d)
             for i, d in enumerate(call.body["data"])]

    def effect():
        for rec, d in items:
            changes = {"ip": d["ip"], "username": d["username"], "is_valid": True}
            if d.get("port") is not None:
                changes["port"] = d["port"]
            if d.get("password") is not None:
                changes["_password"] = d["password"]
            engine.store.update("VsphereEsxiAccount", rec["id"], changes)
    task = call.task("Update ESXi accounts", effect, resource_type="VsphereEsxiAccount",
                     resource_id=items[0][0]["id"] if items else None, key="vsphere_esxi_account.update")
    return [{"task_id": task, "data": [engine.store.render("VsphereEsxiAccount", dict(rec, ip=d["ip"],
                                                                                      username=d["username"]))
                                       for rec, d in items]}]


@handles("move_brick_topo")
def move_brick_topo(call):
    d = call.data
    if d.get("rack_topo_id"):
        require(call.engine, "RackTopo", d["rack_topo_id"], "data.rack_topo_id")
    changes = {"position": d["position"]}
    if d.get("rack_topo_id"):
        changes["rack_topo"] = d["rack_topo_id"]
    return per_record(call, "BrickTopo", find(call.engine, "BrickTopo", call.body["where"]), "Move brick",
                      "brick_topo.move", lambda rec: call.store.update("BrickTopo", rec["id"], changes))


@handles("update_node_topo")
def update_node_topo(call):
    out = []
    for i, item in enumerate(call.body):
        d = item["data"]
        changes = {}
        for key, type_name in (("brick_topo_id", "BrickTopo"), ("cluster_topo_id", "ClusterTopo")):
            if d.get(key):
                require(call.engine, type_name, d[key], "[%d].data.%s" % (i, key))
                changes[key[:-3]] = d[key]
        if d.get("position") is not None:
            changes["position"] = d["position"]
        where = dict((k, v) for k, v in item["where"].items() if v is not None)
        out += per_record(call, "NodeTopo", find(call.engine, "NodeTopo", where), "Move node", "node_topo.move",
                          lambda rec, changes=changes: call.store.update("NodeTopo", rec["id"], changes))
    return out


@handles("generate_from_report_template")
def generate_from_report_template(call):
    """A ReportTask per template, SUCCESSED when the task ends."""
    engine = call.engine
    out = []
    for tpl in find(engine, "ReportTemplate", call.body["where"]):
        values = dict(id=engine.store.new_id(), name="%s-%s" % (tpl["name"], now_iso()[:10]), template=tpl["id"],
                      status="EXECUTING", internal=False, createdAt=now_iso())

        def effect(values=values):
            engine.store.insert("ReportTask", dict(values, status="SUCCESSED"))
        task = call.task("Generate report from template %s" % tpl["name"], effect, resource_type="ReportTask",
                         resource_id=values["id"], key="report_task.create")
        out.append(with_task(engine, "ReportTask", draft(engine, "ReportTask", values), task))
    return out


@handles("force_stop_log_collection")
def force_stop_log_collection(call):
    def apply(rec):
        if rec["status"] != "EXECUTING":
            raise TaskFailure("Log collection %s is %s, not running" % (rec["id"], rec["status"]),
                              "ELogCollectionStatus")
        call.store.update("LogCollection", rec["id"], {"status": "FAILED", "progress": rec["progress"]})
    return per_record(call, "LogCollection", find(call.engine, "LogCollection", call.body["where"]),
                      "Stop log collection", "log_collection.force_stop", apply)


@handles("get_ntp_service_url")
def get_ntp_service_url(call):
    return {"ntp_service_url": "ntp://%s" % (call.store.all("Cluster")[0]["management_vip"]
                                             if call.store.all("Cluster") else "127.0.0.1")}


_LOG_GROUPS = (("system", ["journald", "kernel", "ntpd"]), ("storage", ["zbs-chunkd", "zbs-metad", "zbs-taskd"]),
               ("compute", ["elf-vm-monitor", "libvirtd", "elf-exporter"]), ("network", ["ovs-vswitchd", "everoute"]))


@handles("get_log_service_configs")
def get_log_service_configs(call):
    where = dict((k, v) for k, v in call.body["input"]["cluster"].items() if v is not None)
    clusters = find(call.engine, "Cluster", where)
    if not clusters:
        raise HttpError(400, "No cluster matches input.cluster")
    groups = _LOG_GROUPS if clusters[0]["type"] == "SMTX_OS" else _LOG_GROUPS[:2]
    return [{"group_name": g, "service_list": list(s)} for g, s in groups]


def _render_with(call, type_name, rec, **extra):
    return dict(call.store.render(type_name, rec), **extra)


@handles("get_vm_gpu_device_info")
def get_vm_gpu_device_info(call):
    """The VMs the query selects, each with its GPU devices in full."""
    out = []
    for vm in call.store.query("Vm", call.body or {}):
        gpus = [_render_with(call, "GpuDevice", g, vgpu_instance_on_vm_num=1)
                for g in call.store.related("Vm", vm, "gpu_devices")]
        out.append({"id": vm["id"], "local_id": vm["local_id"], "name": vm["name"], "gpu_devices": gpus})
    return out


@handles("get_detail_vm_info_by_gpu_devices")
def get_detail_vm_info_by_gpu_devices(call):
    """The GPU devices the query selects, each with the VMs using it in full."""
    out = []
    for gpu in call.store.query("GpuDevice", call.body or {}):
        vms = [v for v in call.store.all("Vm") if gpu["id"] in (v.get("gpu_devices") or [])
               or gpu["id"] in call.store.related_ids("Vm", v, "gpu_devices")]
        out.append(_render_with(call, "GpuDevice", gpu, vms=[_render_with(call, "Vm", v, vgpu_instance_on_vm_num=1)
                                                              for v in vms]))
    return out


@handles("get_cluster_storage_info")
def get_cluster_storage_info(call):
    """Capacity of each cluster, and what it can still allocate with each replica count / EC layout asked for."""
    eff = call.body["effect"]
    out = []
    for c in find(call.engine, "Cluster", call.body["where"]):
        total, used = c.get("total_data_capacity") or 0, c.get("used_data_space") or 0
        free = max(0, total - used)
        allocable = {"replica": [{"replica_num": r, "capacity": free // max(1, r)} for r in eff.get("replica") or []],
                     "ec": [{"k": e["k"], "m": e["m"], "capacity": free * e["k"] // max(1, e["k"] + e["m"])}
                            for e in eff.get("ec") or []]}
        out.append({"id": c["id"], "name": c["name"], "type": c["type"], "stretch": bool(c.get("stretch")),
                    "total_data_capacity": total, "used_data_space": used, "free_data_space": free,
                    "failure_data_space": c.get("failure_data_space") or 0, "allocable_storage_capacity": allocable,
                    "storage_cluster": []})
    return out


@handles("export_csv")
def export_csv(call):
    """A CSV of the query in ``filter`` (one key, a resource list) with the ``columns`` (dotted paths)."""
    from .. import schema
    b = call.body
    chosen = [(k, v) for k, v in b["filter"].items() if v is not None]
    if len(chosen) != 1:
        raise HttpError(400, "filter names %d resource lists; give exactly one (filter)" % len(chosen))
    key, query = chosen[0]
    path = "/get-" + "".join("-" + ch.lower() if ch.isupper() else ch for ch in key)
    found = schema.query_operations().get(path)
    if found is None:
        raise HttpError(400, "filter.%s is not a resource list the simulator can export" % key)
    rows = [call.store.render(found[0], r) for r in call.store.query(found[0], query)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([c["name"] for c in b["columns"]])
    for row in rows:
        writer.writerow([_dig(row, c["path"]) for c in b["columns"]])
    return buf.getvalue()


def _dig(value, path):
    for part in path.split("."):
        if isinstance(value, list):
            value = ",".join(str(_dig(v, part)) for v in value)
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return ""
    return "" if value is None else value


def _restore_points(call):
    return find(call.engine, "BackupRestorePoint", call.body["where"])


def _restore_execution(call, point, mode, d, apply):
    engine = call.engine
    values = dict(id=engine.store.new_id(), backup_restore_point=point["id"], mode=mode, status="RUNNING",
                  name="%s-%s" % (mode.lower(), point.get("vm_name") or point["id"]),
                  startup_after_restore=d["startup_after_restore"], rebuild_name=d.get("rebuild_name"),
                  rebuild_target_cluster=d.get("rebuild_target_cluster_id"),
                  rebuild_network_mapping=d.get("rebuild_network_mapping") or [], retry_times=0,
                  total_bytes=point.get("size") or 0, read_bytes=0, executed_at=now_iso(), duration=0)

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
                          host=host["id"] if d["startup_after_restore"] else None, local_created_at=now_iso(),
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

