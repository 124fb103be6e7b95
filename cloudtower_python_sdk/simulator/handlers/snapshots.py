# coding: utf-8
"""VM snapshots."""
from .. import world
from ..errors import TaskFailure
from .common import draft, require, with_task
from .registry import handles


@handles("create_vm_snapshot")
def create_vm_snapshot(call):
    engine = call.engine
    out, plans = [], []
    for i, p in enumerate(call.body["data"]):
        vm = require(engine, "Vm", p["vm_id"], "data[%d].vm_id" % i)
        plans.append((vm, p))
    for vm, p in plans:
        placeholder = draft(engine, "VmSnapshot", dict(
            name=p["name"], vm=vm["id"], cluster=vm["cluster"],
            consistent_type=p.get("consistent_type") or "CRASH_CONSISTENT", vcpu=vm["vcpu"], cpu=dict(vm["cpu"]),
            memory=vm["memory"], ha=vm["ha"], firmware=vm["firmware"], clock_offset=vm["clock_offset"],
            cpu_model=vm["cpu_model"], win_opt=vm["win_opt"], size=vm["size"] or 0,
            local_id=engine.store.new_uuid()))
        snap_id = placeholder["id"]

        def effect(vm_id=vm["id"], p=p, snap_id=snap_id, local_id=placeholder["local_id"]):
            current = engine.store.get("Vm", vm_id)
            if current is None:
                raise TaskFailure("VM %s no longer exists" % vm_id, "EVmNotFound")
            if p.get("consistent_type") == "FILE_SYSTEM_CONSISTENT" and current["vm_tools_status"] != "RUNNING":
                raise TaskFailure("Cannot create a file-system-consistent snapshot of VM %s: VMTools is not running"
                                  % current["name"], "EVmToolsNotRunning")
            snap = world.snapshot_vm(engine.store, current, p["name"], p.get("consistent_type") or "CRASH_CONSISTENT",
                                     engine.now_iso(), snap_id=snap_id)
            snap["local_id"] = local_id
        task = call.task("Create snapshot %s of VM %s" % (p["name"], vm["name"]), effect, resource_type="VmSnapshot",
                         resource_id=snap_id, cluster_id=vm["cluster"], key="vm_snapshot.create")
        out.append(with_task(engine, "VmSnapshot", placeholder, task))
    return out
