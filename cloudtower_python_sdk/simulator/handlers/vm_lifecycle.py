# coding: utf-8
"""Clones, rebuilds from snapshots, rollbacks, and conversions between VMs and templates."""
from ..errors import HttpError, TaskFailure
from .common import draft, elf_cluster, require, snake, with_task
from .registry import handles
from .vm_base import pick_host, settle_host, vm_targets
from .vm_copy import (clear_devices, config_of, freeze_disks, freeze_nics, thaw_disks, thaw_nics,
                      volume_policies)
from .vm_devices import add_disks, add_nics, check_disks, check_vlan
from .vm_power import delete_vm_records
from .vm_settings import bandwidth
from .vms import check_vcpu, new_vm_values


def _overrides(p, base):
    """VmCreationParams-like values: ``p``'s fields over the ``base`` configuration."""
    cpu = base.get("cpu") or {}
    return {"name": p["name"], "description": p.get("description", base.get("description") or ""),
            "cpu_cores": p.get("cpu_cores", cpu.get("cores", 1)),
            "cpu_sockets": p.get("cpu_sockets", cpu.get("sockets", 1)),
            "memory": p.get("memory", base["memory"]), "memory_unit": p.get("memory_unit"),
            "ha": p.get("ha", base["ha"]), "firmware": p.get("firmware", base["firmware"]),
            "guest_os_type": p.get("guest_os_type", base.get("guest_os_type")), "folder_id": p.get("folder_id"),
            "io_policy": p.get("io_policy", base.get("io_policy")),
            "max_iops": p.get("max_iops", base.get("max_iops")),
            "max_iops_policy": p.get("max_iops_policy", base.get("max_iops_policy")),
            "max_bandwidth": bandwidth(p["max_bandwidth"], p.get("max_bandwidth_unit")) if "max_bandwidth" in p
            else base.get("max_bandwidth"),
            "max_bandwidth_policy": p.get("max_bandwidth_policy", base.get("max_bandwidth_policy"))}


def _check_params(engine, p, cluster, path):
    if p.get("host_id"):
        require(engine, "Host", p["host_id"], path + ".host_id")
    if p.get("folder_id"):
        require(engine, "VmFolder", p["folder_id"], path + ".folder_id")
    check_disks(engine, p.get("vm_disks"), cluster["id"], path + ".vm_disks")
    for j, n in enumerate(p.get("vm_nics") or []):
        if n.get("connect_vlan_id"):
            check_vlan(engine, n["connect_vlan_id"], cluster["id"], "%s.vm_nics[%d].connect_vlan_id" % (path, j))


def _new_from(engine, p, base, cluster, path):
    """The record values of a new VM made from ``base`` (a VM, snapshot or template) with ``p``'s overrides."""
    elf_cluster(engine, cluster["id"], path + ".cluster_id")
    merged = _overrides(p, base)
    vcpu = check_vcpu(dict(merged, vcpu=p.get("vcpu")))
    _check_params(engine, p, cluster, path)
    values = new_vm_values(engine, merged, cluster, vcpu or merged["cpu_cores"] * merged["cpu_sockets"])
    if "memory" not in p:
        values["memory"] = base["memory"]
    for k in ("clock_offset", "cpu_model", "win_opt", "video_type"):
        if base.get(k) is not None:
            values[k] = base[k]
    if base.get("guest_os_type") and not p.get("guest_os_type"):
        values["guest_os_type"] = base["guest_os_type"]
    return values


def _finish_new_vm(engine, vm, p):
    """Explicit disks and NICs of the params, power state, refresh."""
    if p.get("vm_disks"):
        add_disks(engine, vm, p["vm_disks"])
    if p.get("vm_nics") is not None:
        add_nics(engine, vm, p["vm_nics"])
    if p.get("status") == "RUNNING":
        host = pick_host(engine, vm["cluster"], host_id=p.get("host_id"))
        vm["status"] = "RUNNING"
        vm["_host_pending"] = host["id"]
        settle_host(engine, vm)
    engine.refresh(vm["cluster"])


@handles("clone_vm")
def clone_vm(call):
    """A new VM with the source's configuration and copies of its disks (new volumes), CD-ROMs and NICs."""
    engine = call.engine
    plans = []
    for i, p in enumerate(call.body):
        src = require(engine, "Vm", p["src_vm_id"], "[%d].src_vm_id" % i)
        if src["in_recycle_bin"]:
            raise HttpError(400, "VM %s is in the recycle bin: recover it before cloning it ([%d].src_vm_id)"
                            % (src["name"], i))
        cluster = require(engine, "Cluster", p.get("cluster_id") or src["cluster"], "[%d].cluster_id" % i)
        plans.append((src, p, _new_from(engine, p, dict(src, description=src["description"]), cluster, "[%d]" % i)))
    out = []
    for src, p, values in plans:
        def effect(src_id=src["id"], p=p, values=values):
            source = engine.store.get("Vm", src_id)
            if source is None:
                raise TaskFailure("The source VM %s no longer exists" % src_id, "EVmNotFound")
            frozen_disks, frozen_nics = freeze_disks(engine, source), freeze_nics(engine, source)
            policies = volume_policies(engine, source)
            vm = engine.store.insert("Vm", values)
            if not p.get("vm_disks"):
                thaw_disks(engine, vm, frozen_disks, policy_of=policies)
            if p.get("vm_nics") is None:
                thaw_nics(engine, vm, frozen_nics)
            _finish_new_vm(engine, vm, p)
        task = call.task("Clone VM %s from %s" % (p["name"], src["name"]), effect, resource_type="Vm",
                         resource_id=values["id"], cluster_id=values["cluster"], key="vm.clone")
        out.append(with_task(engine, "Vm", draft(engine, "Vm", values), task))
    return out


@handles("rebuild_vm")
def rebuild_vm(call):
    """A new VM from a VM snapshot: the snapshot's configuration, new volumes of its disks' sizes."""
    engine = call.engine
    plans = []
    for i, p in enumerate(call.body):
        snap = require(engine, "VmSnapshot", p["rebuild_from_snapshot_id"], "[%d].rebuild_from_snapshot_id" % i)
        cluster = require(engine, "Cluster", p.get("cluster_id") or snap["cluster"], "[%d].cluster_id" % i)
        plans.append((snap, p, _new_from(engine, p, snap, cluster, "[%d]" % i)))
    out = []
    for snap, p, values in plans:
        def effect(snap_id=snap["id"], p=p, values=values):
            snapshot = engine.store.get("VmSnapshot", snap_id)
            if snapshot is None:
                raise TaskFailure("VM snapshot %s no longer exists" % snap_id, "EVmSnapshotNotFound")
            vm = engine.store.insert("Vm", values)
            if not p.get("vm_disks"):
                thaw_disks(engine, vm, snapshot["vm_disks"])
            if p.get("vm_nics") is None:
                thaw_nics(engine, vm, snapshot["vm_nics"])
            _finish_new_vm(engine, vm, p)
        task = call.task("Rebuild VM %s from snapshot %s" % (p["name"], snap["name"]), effect, resource_type="Vm",
                         resource_id=values["id"], cluster_id=values["cluster"], key="vm.rebuild")
        out.append(with_task(engine, "Vm", draft(engine, "Vm", values), task))
    return out


@handles("rollback_vm")
def rollback_vm(call):
    """The VM takes the snapshot's configuration, disks (its volumes resized back) and NICs."""
    engine = call.engine
    snap = require(engine, "VmSnapshot", call.data["snapshot_id"], "data.snapshot_id")
    vms = vm_targets(call)
    for vm in vms:
        if snap["vm"] != vm["id"]:
            raise HttpError(400, "VM snapshot %s is not a snapshot of VM %s (data.snapshot_id)"
                            % (snap["name"], vm["name"]))
    out = []
    for vm in vms:
        def effect(vm_id=vm["id"], snap_id=snap["id"]):
            store = engine.store
            current, snapshot = store.get("Vm", vm_id), store.get("VmSnapshot", snap_id)
            if current is None or snapshot is None:
                raise TaskFailure("The VM or the snapshot no longer exists", "EVmNotFound")
            if current["in_recycle_bin"]:
                raise TaskFailure("Cannot roll back VM %s: it is in the recycle bin" % current["name"],
                                  "EVmInRecycleBin")
            store.update("Vm", vm_id, config_of(snapshot))
            clear_devices(engine, current)
            thaw_disks(engine, current, snapshot["vm_disks"], reuse_volumes=True)
            thaw_nics(engine, current, snapshot["vm_nics"], keep_mac=True)
            engine.refresh(current["cluster"])
        task = call.task("Roll back VM %s to snapshot %s" % (vm["name"], snap["name"]), effect, resource_type="Vm",
                         resource_id=vm["id"], cluster_id=vm["cluster"], key="vm.rollback")
        out.append(with_task(engine, "Vm", vm, task))
    return out


def template_from_vm(convert, type_name, plan, frozen, what):
    """A handler that makes a ``type_name`` template (``what``, for messages) of each VM the body names; with
    ``convert`` the VM (which must be STOPPED when the task runs) is gone afterwards.

    ``plan(engine, i, p)`` checks the i-th params and gives (vm, the template's values); ``frozen(engine,
    vm)`` the template's frozen ``vm_disks`` and ``vm_nics``. Example::

        handles("clone_vm_template_from_vm")(template_from_vm(False, "VmTemplate", _plan, _frozen, "template"))
    """
    verb = "Convert" if convert else "Clone"

    def handler(call):
        engine = call.engine
        plans = [plan(engine, i, p) for i, p in enumerate(call.body)]
        out = []
        for vm, values in plans:
            def effect(vm_id=vm["id"], values=values):
                store = engine.store
                source = store.get("Vm", vm_id)
                if source is None:
                    raise TaskFailure("VM %s no longer exists" % vm_id, "EVmNotFound")
                if convert and source["status"] != "STOPPED":
                    raise TaskFailure("Cannot convert VM %s to a %s: its status is %s, and converting requires "
                                      "STOPPED" % (source["name"], what, source["status"]), "EVmStatusInvalid")
                store.insert(type_name, dict(values, **frozen(engine, source)))
                if convert:
                    delete_vm_records(engine, source, include_snapshots=False)
                    store.delete("Vm", vm_id)
                engine.refresh(source["cluster"])
            task = call.task("%s VM %s to %s %s" % (verb, vm["name"], what, values["name"]), effect,
                             resource_type=type_name, resource_id=values["id"], cluster_id=values.get("cluster"),
                             key="%s.%s_from_vm" % (snake(type_name), verb.lower()))
            out.append(with_task(engine, type_name, draft(engine, type_name, values), task))
        return out
    return handler


def _template_plan(engine, i, p):
    vm = require(engine, "Vm", p["vm_id"], "[%d].vm_id" % i)
    cluster_id = p.get("cluster_id") or vm["cluster"]
    require(engine, "Cluster", cluster_id, "[%d].cluster_id" % i)
    values = dict(config_of(vm), id=engine.store.new_id(), name=p["name"], cluster=cluster_id,
                  description=p.get("description") or "", cloud_init_supported=p["cloud_init_supported"],
                  local_id=engine.store.new_uuid(), local_created_at=engine.now_iso(), size=vm["size"] or 0,
                  video_type=vm.get("video_type"))
    return vm, values


def _template_frozen(engine, vm):
    return {"vm_disks": freeze_disks(engine, vm), "vm_nics": freeze_nics(engine, vm)}


handles("clone_vm_template_from_vm")(template_from_vm(False, "VmTemplate", _template_plan, _template_frozen,
                                                      "template"))
handles("convert_vm_template_from_vm")(template_from_vm(True, "VmTemplate", _template_plan, _template_frozen,
                                                        "template"))


@handles("convert_vm_template_to_vm")
def convert_vm_template_to_vm(call):
    """The template becomes a STOPPED VM (its disks as new volumes); the template is gone."""
    engine = call.engine
    plans = []
    for i, p in enumerate(call.body):
        tpl = require(engine, "VmTemplate", p["converted_from_template_id"], "[%d].converted_from_template_id" % i)
        cluster = require(engine, "Cluster", tpl["cluster"], "[%d].converted_from_template_id" % i)
        plans.append((tpl, p, _new_from(engine, {"name": p["name"]}, dict(tpl, guest_os_type=None), cluster,
                                        "[%d]" % i)))
    out = []
    for tpl, p, values in plans:
        def effect(tpl_id=tpl["id"], values=values):
            store = engine.store
            template = store.get("VmTemplate", tpl_id)
            if template is None:
                raise TaskFailure("VM template %s no longer exists" % tpl_id, "EVmTemplateNotFound")
            vm = store.insert("Vm", values)
            thaw_disks(engine, vm, template["vm_disks"])
            thaw_nics(engine, vm, template["vm_nics"])
            store.delete("VmTemplate", tpl_id)
            engine.refresh(vm["cluster"])
        task = call.task("Convert template %s to VM %s" % (tpl["name"], p["name"]), effect, resource_type="Vm",
                         resource_id=values["id"], cluster_id=values["cluster"], key="vm.convert_from_template")
        out.append(with_task(engine, "Vm", draft(engine, "Vm", values), task))
    return out

