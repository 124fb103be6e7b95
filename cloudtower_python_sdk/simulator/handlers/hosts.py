# coding: utf-8
"""Hosts: maintenance mode (pre-check, enter, exit), power, disks."""
from ..errors import HttpError, TaskFailure
from .common import find, require, with_task
from .registry import handles
from .vm_base import pick_host, set_status

_USABLE = ("CONNECTED_HEALTHY", "CONNECTED_WARNING")


def _active_vms(engine, host):
    return [v for v in engine.store.related("Host", host, "vms") if v["status"] in ("RUNNING", "SUSPENDED")]


def _maintenance(host):
    return (host.get("host_state") or {}).get("state") == "MAINTENANCE_MODE"


def _vm_key(vm):
    return vm.get("local_id") or vm["id"]


def _target_for(engine, vm, host):
    """Another host of the cluster that can take ``vm``, or None."""
    try:
        return pick_host(engine, vm["cluster"], exclude=host["id"])
    except TaskFailure:
        return None


@handles("enter_maintenance_mode_pre_check")
def enter_precheck(call):
    """A finished pre-check task per call; its result lists the VMs no other host can take."""
    engine = call.engine
    hosts = find(engine, "Host", call.body["where"])
    blocked = []
    for host in hosts:
        blocked += [_vm_key(v) for v in _active_vms(engine, host) if _target_for(engine, v, host) is None]
    task = call.task("Check entering maintenance mode of %s" % ", ".join(h["name"] for h in hosts),
                     lambda: None, resource_type="Host", resource_id=hosts[0]["id"] if hosts else None,
                     key="host.enter_maintenance_mode_precheck")
    engine.store.update("Task", task, {"args": {"shutdownVms": [{"vm_uuid": u} for u in blocked]}})
    return {"task_id": task}


@handles("enter_maintenance_mode_precheck_result")
def enter_precheck_result(call):
    task = call.store.get("Task", call.body["where"]["task_id"])
    if task is None or task.get("key") != "host.enter_maintenance_mode_precheck":
        raise HttpError(400, "No maintenance mode pre-check task %r (where.task_id)" % call.body["where"]["task_id"])
    done = task["status"] in ("SUCCESSED", "FAILED")
    return {"done": done, "shutdownVms": (task["args"] or {}).get("shutdownVms", []) if done else []}


@handles("enter_maintenance_mode")
def enter_maintenance_mode(call):
    """Live-migrate the host's running VMs to other hosts (or shut down those listed in
    ``data.shutdown_vms``); a VM no host can take fails the task and the host stays in use."""
    engine = call.engine
    host = require(engine, "Host", call.body["where"]["host_id"], "where.host_id")
    if _maintenance(host):
        raise HttpError(400, "Host %s is already in maintenance mode" % host["name"])
    if host["state"] != "IN_USE" or host["status"] not in _USABLE:
        raise HttpError(400, "Host %s cannot enter maintenance mode (state %s, status %s)"
                        % (host["name"], host["state"], host["status"]))
    shutdown = set(call.data.get("shutdown_vms") or [])

    def effect():
        store = engine.store
        moves, stops = [], []
        for vm in _active_vms(engine, host):
            if vm["id"] in shutdown or vm.get("local_id") in shutdown:
                stops.append(vm)
                continue
            target = _target_for(engine, vm, host)
            if target is None:
                raise TaskFailure("Host %s cannot enter maintenance mode: no other host can take VM %s; list it in "
                                  "data.shutdown_vms to shut it down" % (host["name"], vm["name"]),
                                  "EHostMaintenanceVmBlocked")
            moves.append((vm, target))
        for vm, target in moves:
            store.update("Vm", vm["id"], {"host": target["id"], "node_ip": target["management_ip"]})
        for vm in stops:
            set_status("STOPPED")(engine, vm, {})
            store.update("Vm", vm["id"], {"host": None, "node_ip": ""})
        store.update("Host", host["id"], {
            "host_state": {"state": "MAINTENANCE_MODE", "enter_maintenance_time": engine.now_iso(),
                           "maintenance_job_id": task},
            "_maintenance_vms": {"moved": [v["id"] for v, t in moves], "stopped": [v["id"] for v in stops]}})
        engine.refresh(host["cluster"])
    task = call.task("Enter maintenance mode: host %s" % host["name"], effect, resource_type="Host",
                     resource_id=host["id"], cluster_id=host["cluster"], key="host.enter_maintenance_mode")
    return with_task(engine, "Host", host, task)


def _vm_info(engine, vm_id, state):
    vm = engine.store.get("Vm", vm_id)
    if vm is None:
        return None
    host = engine.store.get("Host", vm["host"]) if vm["host"] else None
    return {"vm_uuid": _vm_key(vm), "vm_name": vm["name"], "vm_state": vm["status"], "vm_ha": vm["ha"],
            "state": state, "target_host_name": host["name"] if host else None}


@handles("exit_maintenance_mode_precheck_result")
def exit_precheck_result(call):
    """The VMs that left the hosts when they entered maintenance mode: running ones can come back live,
    stopped ones offline, shut-down ones can be powered on."""
    engine = call.engine
    live, offline, shut = [], [], []
    for host in find(engine, "Host", call.body["where"]):
        left = host.get("_maintenance_vms") or {}
        for vm_id in left.get("moved", []):
            info = _vm_info(engine, vm_id, "MIGRATED")
            if info is not None:
                (live if info["vm_state"] == "RUNNING" else offline).append(info)
        shut += [i for i in (_vm_info(engine, v, "SHUTDOWN") for v in left.get("stopped", [])) if i]
    return {"liveMigrateVms": live, "offlineMigrateVms": offline, "shutDownVms": shut}


@handles("exit_maintenance_mode")
def exit_maintenance_mode(call):
    """The host is in use again; the VMs listed come back to it (live or offline) or start on it."""
    engine = call.engine
    host = require(engine, "Host", call.body["where"]["host_id"], "where.host_id")
    if not _maintenance(host):
        raise HttpError(400, "Host %s is not in maintenance mode" % host["name"])
    d = call.data
    for key in ("live_migrate_back_vms", "offline_migrate_back_vms", "poweron_vms"):
        for i, vm_id in enumerate(d.get(key) or []):
            if engine.store.get("Vm", vm_id) is None:
                raise HttpError(400, "Vm %r not found (data.%s[%d])" % (vm_id, key, i))

    def effect():
        store = engine.store
        store.update("Host", host["id"], {"host_state": {"state": "IN_USE", "enter_maintenance_time": "",
                                                         "maintenance_job_id": ""}, "_maintenance_vms": None})
        for vm_id in (d.get("live_migrate_back_vms") or []) + (d.get("offline_migrate_back_vms") or []):
            store.update("Vm", vm_id, {"host": host["id"], "node_ip": host["management_ip"]})
        for vm_id in d.get("poweron_vms") or []:
            vm = store.get("Vm", vm_id)
            if vm["status"] == "STOPPED":
                store.update("Vm", vm_id, {"status": "RUNNING", "host": host["id"], "node_ip": host["management_ip"]})
        engine.refresh(host["cluster"])
    task = call.task("Exit maintenance mode: host %s" % host["name"], effect, resource_type="Host",
                     resource_id=host["id"], cluster_id=host["cluster"], key="host.exit_maintenance_mode")
    return with_task(engine, "Host", host, task)


@handles("power_off_host")
def power_off_host(call):
    """Power off (status CONNECTING until it is back) or reboot a host.  Without ``force`` the host must be
    in maintenance mode or run no VM; with it, its VMs stop."""
    engine = call.engine
    host = require(engine, "Host", call.body["where"]["host_id"], "where.host_id")
    d = call.data

    def effect():
        active = _active_vms(engine, host)
        if active and not d["force"] and not _maintenance(host):
            raise TaskFailure("Cannot %s host %s: it runs %d VMs (%s); enter maintenance mode first or set "
                              "data.force" % (d["action"], host["name"], len(active),
                                              ", ".join(v["name"] for v in active[:5])), "EHostHasRunningVms")
        for vm in active:
            set_status("STOPPED")(engine, vm, {})
            engine.store.update("Vm", vm["id"], {"host": None, "node_ip": ""})
        if d["action"] == "poweroff":
            engine.store.update("Host", host["id"], {"status": "CONNECTING"})
        engine.refresh(host["cluster"])
    task = call.task("%s host %s" % ("Power off" if d["action"] == "poweroff" else "Reboot", host["name"]), effect,
                     resource_type="Host", resource_id=host["id"], cluster_id=host["cluster"],
                     key="host.%s" % d["action"])
    return with_task(engine, "Host", host, task)


def _disk_change(call, description, key, values):
    engine = call.engine
    out = []
    for disk in find(engine, "Disk", call.body["where"]):
        host = engine.store.get("Host", disk["host"]) if disk["host"] else None

        def effect(disk_id=disk["id"]):
            if engine.store.get("Disk", disk_id) is None:
                raise TaskFailure("Disk %s no longer exists" % disk_id, "EResourceNotFound")
            engine.store.update("Disk", disk_id, values)
        task = call.task("%s %s" % (description, disk["name"]), effect, resource_type="Disk", resource_id=disk["id"],
                         cluster_id=host["cluster"] if host else None, key=key)
        out.append(with_task(engine, "Disk", disk, task))
    return out


@handles("mount_disk")
def mount_disk(call):
    return _disk_change(call, "Mount disk", "disk.mount", {"mounted": True, "function": call.data["function"]})


@handles("unmount_disk")
def unmount_disk(call):
    return _disk_change(call, "Unmount disk", "disk.unmount", {"mounted": False, "function": "UNMOUNT"})
