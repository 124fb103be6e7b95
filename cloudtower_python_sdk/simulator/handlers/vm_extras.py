# coding: utf-8
"""More VM operations: cross-cluster migration, VMTools, the console, GPUs, PCI NICs, USB devices."""
from ..errors import HttpError, TaskFailure
from .common import elf_cluster, find, find_one, require, with_task
from .registry import handles
from .relations import relate
from .vm_base import pick_host, require_status, vm_ips, vm_op, vm_targets
from .vm_copy import by_local_id


def _migrate_validate(engine, vm, body):
    d = body["data"]
    cluster = elf_cluster(engine, d["cluster_id"], "data.cluster_id")
    if cluster["id"] == vm["cluster"]:
        raise HttpError(400, "VM %s is already in cluster %s; use migrate_vm within a cluster (data.cluster_id)"
                        % (vm["name"], cluster["name"]))
    if d.get("host_id"):
        require(engine, "Host", d["host_id"], "data.host_id")
    for i, m in enumerate(d["vm_config"]["network_mapping"]):
        if by_local_id(engine, "Vlan", m["dest_vlan_local_id"]) is None:
            raise HttpError(400, "No VLAN has the local id %r (data.vm_config.network_mapping[%d].dest_vlan_local_id)"
                            % (m["dest_vlan_local_id"], i))


def _migrate_apply(engine, vm, body):
    """The VM, its volumes and NICs move to the other cluster (VLANs mapped by local id)."""
    store, d = engine.store, body["data"]
    config = d["vm_config"]
    task = _current_task(engine, vm)
    if task is not None and task.get("_aborted"):
        raise TaskFailure("The migration of VM %s was aborted" % vm["name"], "EMigrationAborted")
    kind = config["migrate_type"]
    if kind == "COLD_MIGRATE":
        require_status("cold-migrate", "STOPPED")(engine, vm, body)
    elif vm["status"] == "SUSPENDED":
        raise TaskFailure("Cannot migrate suspended VM %s across clusters" % vm["name"], "EVmStatusInvalid")
    old_cluster = vm["cluster"]
    host = pick_host(engine, d["cluster_id"], host_id=d.get("host_id")) if vm["status"] == "RUNNING" else None
    mapping = dict((m["src_vlan_local_id"], m["dest_vlan_local_id"]) for m in config["network_mapping"])
    for disk in store.related("Vm", vm, "vm_disks"):
        if disk["vm_volume"]:
            store.update("VmVolume", disk["vm_volume"], {"cluster": d["cluster_id"],
                                                         "elf_storage_policy": config["elf_storage_policy"]})
        elif disk["type"] == "CD_ROM" and disk["elf_image"] and config.get("remove_unmovable_devices"):
            store.update("VmDisk", disk["id"], {"elf_image": None})
    for nic in store.related("Vm", vm, "vm_nics"):
        vlan = store.get("Vlan", nic["vlan"]) if nic["vlan"] else None
        dest = by_local_id(engine, "Vlan", mapping.get(vlan["local_id"])) if vlan else None
        store.update("VmNic", nic["id"], {"vlan": dest["id"] if dest else None})
    changes = {"cluster": d["cluster_id"], "folder": None}
    if config.get("new_name"):
        changes["name"] = config["new_name"]
    store.update("Vm", vm["id"], changes)
    vm["_host_pending"] = host["id"] if host else None
    engine.refresh(old_cluster)


def _current_task(engine, vm):
    tasks = [t for t in engine.store.all("Task") if t["resource_id"] == vm["id"] and t["status"] != "SUCCESSED"
             and t.get("key") == "vm.migrate_across_cluster"]
    return tasks[-1] if tasks else None


handles("migrate_vm_across_cluster")(vm_op("Migrate VM across clusters", "vm.migrate_across_cluster", None,
                                           _migrate_apply, validate=_migrate_validate))


@handles("abort_migrate_vm_across_cluster")
def abort_migrate(call):
    """Unfinished cross-cluster migrations the where matches fail when they would end (nothing moves);
    answers the migration tasks it matched (other tasks are not migrations and are left alone)."""
    out = []
    for task in find(call.engine, "Task", call.body["tasks"]):
        if task.get("key") != "vm.migrate_across_cluster":
            continue
        if task["status"] in ("PENDING", "EXECUTING"):
            call.store.update("Task", task["id"], {"_aborted": True})
        out.append(call.store.render("Task", task))
    return out


@handles("stop_vm_in_cutover_migration")
def stop_vm_in_cutover(call):
    """Power off the source VM of each unfinished cut-over migration so that it can finish."""
    engine = call.engine
    out = []
    for task in find(engine, "Task", call.body["tasks"]):
        if task.get("key") != "vm.migrate_across_cluster" or task["status"] not in ("PENDING", "EXECUTING"):
            continue  # only unfinished migrations have a source VM to stop
        vm = engine.store.get("Vm", task["resource_id"])

        def effect(vm_id=vm["id"]):
            current = engine.store.get("Vm", vm_id)
            if current is not None and current["status"] in ("RUNNING", "SUSPENDED"):
                engine.store.update("Vm", vm_id, {"status": "STOPPED", "host": None, "node_ip": ""})
        t = call.task("Stop VM %s for cut-over" % vm["name"], effect, resource_type="Vm", resource_id=vm["id"],
                      cluster_id=vm["cluster"], key="vm.stop_in_cutover_migration")
        out.append(with_task(engine, "Vm", vm, t))
    return out


def _vmtools_validate(engine, vm, body):
    d = body.get("data") or {}
    if not d:
        raise HttpError(400, "install_vmtools needs data.cd_rom_id and data.svt_image_id")
    disk = require(engine, "VmDisk", d["cd_rom_id"], "data.cd_rom_id")
    if disk["vm"] != vm["id"] or disk["type"] != "CD_ROM":
        raise HttpError(400, "VmDisk %r is not a CD-ROM of VM %s (data.cd_rom_id)" % (d["cd_rom_id"], vm["name"]))
    require(engine, "SvtImage", d["svt_image_id"], "data.svt_image_id")


def _vmtools_apply(engine, vm, body):
    """The SVT image goes into the CD-ROM and the guest installs VMTools from it."""
    require_status("install VMTools on", "RUNNING")(engine, vm, body)
    d = body["data"]
    svt = engine.store.get("SvtImage", d["svt_image_id"])
    engine.store.update("VmDisk", d["cd_rom_id"], {"svt_image": d["svt_image_id"], "elf_image": None})
    engine.store.update("Vm", vm["id"], {"vm_tools_status": "RUNNING",
                                         "vm_tools_version": (svt or {}).get("version") or "unknown"})


handles("install_vmtools")(vm_op("Install VMTools on VM", "vm.install_vmtools", None, _vmtools_apply,
                                 validate=_vmtools_validate))


@handles("get_vm_vnc_info")
def get_vm_vnc_info(call):
    """Console links of a running VM (through the cluster's management address)."""
    engine = call.engine
    vm = find_one(engine, "Vm", call.body["vm"], "vm")
    if vm["status"] != "RUNNING":
        raise HttpError(400, "VM %s is %s: its console exists only while it runs" % (vm["name"], vm["status"]))
    cluster = engine.store.get("Cluster", vm["cluster"])
    ip = cluster["management_vip"] or cluster["ip"]
    path = "/websockify/?uuid=%s" % (vm["local_id"] or vm["id"])
    return {"cluster_ip": ip, "redirect": "wss://%s%s" % (ip, path), "terminal": "wss://%s/terminal%s" % (ip, path),
            "direct": "wss://%s:5900%s" % (vm["node_ip"] or ip, path), "vm": engine.store.render("Vm", vm)}


def _gpu(add):
    def handler(call):
        engine = call.engine
        ids = [require(engine, "GpuDevice", g["gpu_id"], "data[%d].gpu_id" % i)["id"]
               for i, g in enumerate(call.body["data"])]
        for vm in vm_targets(call):
            if add:
                for gid in ids:
                    gpu = engine.store.get("GpuDevice", gid)
                    if gpu.get("host") and vm["host"] and gpu["host"] != vm["host"]:
                        raise HttpError(400, "GPU %s is on another host than VM %s (data)" % (gpu["name"], vm["name"]))
        return relate(call, "Vm", "gpu_devices", ids, add, "%s GPU devices of VM" % ("Add" if add else "Remove"))
    return handler


handles("add_vm_gpu_device")(_gpu(True))
handles("remove_vm_gpu_device")(_gpu(False))


def _pci_nics(add):
    def handler(call):
        ids = [n["id"] for n in find(call.engine, "Nic", call.data.get("pci_nics"))]
        return relate(call, "Vm", "pci_nics", ids, add, "%s PCI NICs of VM" % ("Add" if add else "Remove"))
    return handler


handles("add_vm_pci_nic")(_pci_nics(True))
handles("remove_vm_pci_nic")(_pci_nics(False))


@handles("remove_vm_nic_by_where")
def remove_vm_nic_by_where(call):
    """Remove the VM NICs the where matches (of the VMs in ``effect.vm_ids`` when given); one task per VM."""
    engine = call.engine
    only = set(call.body["effect"].get("vm_ids") or [])
    by_vm = {}
    for nic in find(engine, "VmNic", call.body["where"]):
        if nic["vm"] and (not only or nic["vm"] in only):
            by_vm.setdefault(nic["vm"], []).append(nic["id"])
    out = []
    for vm_id, nic_ids in sorted(by_vm.items()):
        vm = engine.store.get("Vm", vm_id)

        def effect(vm_id=vm_id, nic_ids=nic_ids):
            for nid in nic_ids:
                engine.store.delete("VmNic", nid)
            current = engine.store.get("Vm", vm_id)
            if current is not None:
                vm_ips(engine, current)
        task = call.task("Remove NICs from VM %s" % vm["name"], effect, resource_type="Vm", resource_id=vm_id,
                         cluster_id=vm["cluster"], key="vm.remove_nic")
        out.append(with_task(engine, "Vm", vm, task))
    return out


def _usb(mount):
    def handler(call):
        """Mount (unmount) each USB device the where matches on (from) the VMs in data."""
        engine, d = call.engine, call.data
        ids = [v["id"] for v in find(engine, "Vm", d["vms"])] if d.get("vms") is not None else []
        if d.get("vm_id"):
            ids.append(require(engine, "Vm", d["vm_id"], "data.vm_id")["id"])
        if mount and not ids:
            raise HttpError(400, "mount_usb_device needs data.vm_id or data.vms")
        out = []
        for usb in find(engine, "UsbDevice", call.body["where"]):
            for vm_id in ids:
                vm = engine.store.get("Vm", vm_id)
                if mount and usb["host"] and vm["host"] != usb["host"]:
                    raise HttpError(400, "USB device %s is on another host than VM %s" % (usb["name"], vm["name"]))

            def effect(usb_id=usb["id"]):
                store = engine.store
                current = store.get("UsbDevice", usb_id)
                if current is None:
                    raise TaskFailure("USB device %s no longer exists" % usb_id, "EResourceNotFound")
                have = store.related_ids("UsbDevice", current, "vms")
                vms = have + [i for i in ids if i not in have] if mount else [i for i in have if i not in ids]
                store.update("UsbDevice", usb_id, {"vms": vms, "vm": vms[0] if vms else None, "binded": bool(vms)})
            task = call.task("%s USB device %s" % ("Mount" if mount else "Unmount", usb["name"]), effect,
                             resource_type="UsbDevice", resource_id=usb["id"],
                             key="usb_device.mount" if mount else "usb_device.unmount")
            out.append(with_task(engine, "UsbDevice", usb, task))
        return out
    return handler


handles("mount_usb_device")(_usb(True))
handles("unmount_usb_device")(_usb(False))
