# coding: utf-8
"""What the VM handlers share: one task per targeted VM, host placement, the power state checks, sizes."""
from ..errors import TaskFailure
from .common import find

_MISSING_HOST = object()


def vm_targets(call):
    return find(call.engine, "Vm", call.body.get("where"))


def vm_op(description, key, check=None, apply=None, returns="Vm", validate=None):
    """A handler applying an operation to each VM its ``where`` matches, one task per VM.

    ``validate(engine, vm, body)`` runs at request time (raise HttpError), ``check`` and ``apply``
    (same arguments) when the task ends (raise TaskFailure).
    """
    def handler(call):
        engine, body = call.engine, call.body
        vms = vm_targets(call)
        if validate is not None:
            for vm in vms:
                validate(engine, vm, body)
        out = []
        for vm in vms:
            vm_id = vm["id"]

            def effect(vm_id=vm_id):
                current = engine.store.get("Vm", vm_id)
                if current is None:
                    raise TaskFailure("VM %s no longer exists" % vm_id, "EVmNotFound")
                if check is not None:
                    check(engine, current, body)
                if apply is not None:
                    apply(engine, current, body)
                settle_host(engine, current)
                engine.refresh(current["cluster"])
            task = call.task("%s %s" % (description, vm["name"]), effect, resource_type="Vm", resource_id=vm_id,
                             cluster_id=vm["cluster"], key=key)
            if returns == "Vm":
                out.append({"task_id": task, "data": engine.store.render("Vm", vm)})
            else:
                out.append({"task_id": task, "data": {"id": vm_id}})
        return out
    return handler


def settle_host(engine, vm):
    """Apply a host change an effect left in ``vm["_host_pending"]`` (a host id, or None for none)."""
    pending = vm.pop("_host_pending", _MISSING_HOST)
    if pending is not _MISSING_HOST:
        engine.store.set("Vm", vm["id"], "host", pending)
        host = engine.store.get("Host", pending) if pending else None
        vm["node_ip"] = host["management_ip"] if host else ""


def require_status(action, *allowed):
    """A check: the VM is out of the recycle bin and in one of the ``allowed`` statuses."""
    def check(engine, vm, body):
        if vm["in_recycle_bin"]:
            raise TaskFailure("Cannot %s VM %s: it is in the recycle bin" % (action, vm["name"]), "EVmInRecycleBin")
        if vm["status"] not in allowed:
            raise TaskFailure("Cannot %s VM %s: its status is %s, and %s requires %s"
                              % (action, vm["name"], vm["status"], action, " or ".join(allowed)), "EVmStatusInvalid")
    return check


def set_status(status):
    """An apply: the VM takes ``status`` (stopping clears its usage and VMTools' running state)."""
    def apply(engine, vm, body):
        vm["status"] = status
        if status == "STOPPED":
            vm["last_shutdown_time"] = engine.now_iso()
            vm["cpu_usage"] = vm["memory_usage"] = 0.0
            if vm["vm_tools_status"] == "RUNNING":
                vm["vm_tools_status"] = "NOT_RUNNING"
    return apply


def pick_host(engine, cluster_id, exclude=None, host_id=None):
    """``host_id`` if it can run a VM of the cluster, else the least loaded healthy host in use."""
    store = engine.store
    if host_id:
        host = store.get("Host", host_id)
        if host is None or host["cluster"] != cluster_id:
            raise TaskFailure("Host %s is not in the cluster of the VM" % host_id, "EHostNotFound")
        if host["status"] not in ("CONNECTED_HEALTHY", "CONNECTED_WARNING") or host["state"] != "IN_USE" \
                or in_maintenance(host):
            raise TaskFailure("Host %s is not available (state %s, status %s)"
                              % (host["name"], host["state"], host["status"]), "EHostNotAvailable")
        return host
    cluster = store.get("Cluster", cluster_id)
    candidates = [h for h in store.related("Cluster", cluster, "hosts") if h["state"] == "IN_USE"
                  and h["status"] in ("CONNECTED_HEALTHY", "CONNECTED_WARNING") and h["id"] != exclude
                  and not in_maintenance(h)]
    if not candidates:
        raise TaskFailure("No host of cluster %s can run the VM" % (cluster["name"] if cluster else cluster_id),
                          "ENoAvailableHost")
    candidates.sort(key=lambda h: (h["status"] != "CONNECTED_HEALTHY", store.related_count("Host", h, "vms"), h["id"]))
    return candidates[0]


def in_maintenance(host):
    """Whether the host is in (or entering) maintenance mode: it takes no VM."""
    return (host.get("host_state") or {}).get("state") in ("MAINTENANCE_MODE", "ENTERING_MAINTENANCE_MODE")


def vm_size(engine, vm):
    """Recompute the VM's sizes from the volumes of its disks."""
    size = 0
    for d in engine.store.related("Vm", vm, "vm_disks"):
        if d["type"] == "DISK" and d["vm_volume"]:
            vol = engine.store.get("VmVolume", d["vm_volume"])
            size += vol["size"] if vol else 0
    vm["size"] = vm["provisioned_size"] = vm["logical_size_bytes"] = size


def nics(engine, vm):
    """The VM's NICs in their order."""
    return sorted(engine.store.related("Vm", vm, "vm_nics"), key=lambda n: (n["order"] or 0, n["id"]))


def vm_ips(engine, vm):
    vm["ips"] = ",".join(n["ip_address"] for n in nics(engine, vm) if n["ip_address"])


def new_volume(engine, cluster_id, name, size, policy="REPLICA_2_THIN_PROVISION", path=None):
    """A new mounted KVM volume of ``size`` bytes in the cluster."""
    store = engine.store
    return store.insert("VmVolume", dict(
        name=name, cluster=cluster_id, size=size, elf_storage_policy=policy, local_id=store.new_uuid(),
        mounting=True, sharing=False, path=path or "/usr/share/smartx/volumes/%s" % store.new_uuid(),
        type="KVM_VOLUME", local_created_at=engine.now_iso(), description="", used_size=0, unique_size=0))

