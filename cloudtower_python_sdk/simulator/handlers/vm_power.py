# coding: utf-8
"""VM power state machine, placement (start on a host, migrate), the recycle bin and deletion."""
from .. import schema
from ..errors import TaskFailure
from .common import require
from .registry import handles
from .vm_base import pick_host, require_status, set_status, vm_op, vm_targets
from .vm_copy import clear_devices


def _start_apply(engine, vm, body):
    host = pick_host(engine, vm["cluster"], host_id=((body.get("data") or {}).get("host_id")))
    vm["status"] = "RUNNING"
    vm["_host_pending"] = host["id"]


def _migrate_check(engine, vm, body):
    require_status("migrate", "RUNNING", "STOPPED")(engine, vm, body)


def _migrate_apply(engine, vm, body):
    host_id = (body.get("data") or {}).get("host_id")
    if host_id and host_id == vm["host"]:
        raise TaskFailure("VM %s is already on host %s" % (vm["name"], engine.store.get("Host", host_id)["name"]),
                          "EVmAlreadyOnHost")
    host = pick_host(engine, vm["cluster"], exclude=vm["host"], host_id=host_id)
    vm["_host_pending"] = host["id"]


def _validate_host(engine, vm, body):
    host_id = (body.get("data") or {}).get("host_id")
    if host_id:
        require(engine, "Host", host_id, "data.host_id")


def _recycle_check(engine, vm, body):
    if vm["in_recycle_bin"]:
        raise TaskFailure("VM %s is already in the recycle bin" % vm["name"], "EVmInRecycleBin")


def _recycle_apply(engine, vm, body):
    if vm["status"] in ("RUNNING", "SUSPENDED"):
        set_status("STOPPED")(engine, vm, body)
        vm["_host_pending"] = None
    vm["in_recycle_bin"] = True
    vm["deleted_at"] = engine.now_iso()


def _recover_check(engine, vm, body):
    if not vm["in_recycle_bin"]:
        raise TaskFailure("VM %s is not in the recycle bin" % vm["name"], "EVmNotInRecycleBin")


def _recover_apply(engine, vm, body):
    vm["in_recycle_bin"] = False
    vm["deleted_at"] = None


_OPS = {
    "migrate_vm": vm_op("Migrate VM", "vm.migrate", _migrate_check, _migrate_apply, validate=_validate_host),
    "start_vm": vm_op("Start VM", "vm.start", require_status("start", "STOPPED"), _start_apply,
                      validate=_validate_host),
    "shut_down_vm": vm_op("Shut down VM", "vm.shutdown", require_status("shut down", "RUNNING"),
                          set_status("STOPPED")),
    "poweroff_vm": vm_op("Power off VM", "vm.poweroff", require_status("power off", "RUNNING", "SUSPENDED"),
                         set_status("STOPPED")),
    "restart_vm": vm_op("Restart VM", "vm.restart", require_status("restart", "RUNNING"), set_status("RUNNING")),
    "force_restart_vm": vm_op("Force restart VM", "vm.force_restart",
                              require_status("force restart", "RUNNING", "SUSPENDED"), set_status("RUNNING")),
    "suspend_vm": vm_op("Suspend VM", "vm.suspend", require_status("suspend", "RUNNING"), set_status("SUSPENDED")),
    "resume_vm": vm_op("Resume VM", "vm.resume", require_status("resume", "SUSPENDED"), set_status("RUNNING")),
    "move_vm_to_recycle_bin": vm_op("Move VM to the recycle bin", "vm.move_to_recycle_bin", _recycle_check,
                                    _recycle_apply, returns="DeleteVm"),
    "recover_vm_from_recycle_bin": vm_op("Recover VM from the recycle bin", "vm.recover_from_recycle_bin",
                                         _recover_check, _recover_apply, returns="DeleteVm"),
}
for _name, _handler in _OPS.items():
    handles(_name)(_handler)


def delete_vm_records(engine, vm, include_snapshots):
    """Remove the VM's disks (and volumes no other disk uses), NICs and relations; snapshots are kept
    (detached) unless ``include_snapshots``."""
    store = engine.store
    clear_devices(engine, vm, drop_volumes=True)
    for s in store.related("Vm", vm, "snapshots"):
        if include_snapshots:
            store.delete("VmSnapshot", s["id"])
        else:
            store.set("VmSnapshot", s["id"], "vm", None)
    for key in schema.resource("Vm").relations:
        store.set("Vm", vm["id"], key, [] if schema.resource("Vm").relations[key][0] == "many" else None)
    vm["_deleted"] = True


@handles("delete_vm")
def delete_vm(call):
    engine = call.engine
    include_snapshots = (call.body.get("effect") or {}).get("include_snapshots")
    out = []
    for vm in vm_targets(call):
        vm_id, cluster_id = vm["id"], vm["cluster"]

        def effect(vm_id=vm_id, cluster_id=cluster_id):
            current = engine.store.get("Vm", vm_id)
            if current is None:
                raise TaskFailure("VM %s no longer exists" % vm_id, "EVmNotFound")
            delete_vm_records(engine, current, include_snapshots)
            engine.store.delete("Vm", vm_id)
            engine.refresh(cluster_id)
        task = call.task("Delete VM %s" % vm["name"], effect, resource_type="Vm", resource_id=vm_id,
                         cluster_id=cluster_id, key="vm.delete")
        out.append({"task_id": task, "data": {"id": vm_id}})
    return out

