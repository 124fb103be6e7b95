# coding: utf-8
"""A VM's configuration, disks and NICs as frozen copies (snapshots, templates) and back (clones, rollbacks)."""
from .. import schema, world
from .vm_base import new_volume, vm_ips, vm_size

# What a snapshot or a template keeps of a VM's configuration.
CONFIG_KEYS = ("vcpu", "cpu", "memory", "ha", "firmware", "clock_offset", "cpu_model", "win_opt", "io_policy",
               "max_iops", "max_iops_policy", "max_bandwidth", "max_bandwidth_policy")
_LETTERS = "abcdefghijklmnop"


def config_of(rec):
    """The configuration keys of a VM, snapshot or template record (cpu copied)."""
    out = dict((k, rec.get(k)) for k in CONFIG_KEYS)
    out["cpu"] = dict(rec.get("cpu") or {})
    return out


def freeze_disks(engine, vm):
    """The VM's disks and CD-ROMs in the frozen form snapshots and templates keep."""
    return world.frozen_disks(engine.store, vm)


def freeze_nics(engine, vm, model="NestedTemplateNic"):
    """The VM's NICs in the frozen form ``model`` (a template's, a content library template's) keeps."""
    keys = set(schema.model(model)._by_key)
    return [dict((k, v) for k, v in nic.items() if k in keys) for nic in world.frozen_nics(engine.store, vm)]


def by_local_id(engine, type_name, local_id):
    if not local_id:
        return None
    return next((r for r in engine.store.all(type_name) if r.get("local_id") == local_id), None)


def thaw_disks(engine, vm, frozen, reuse_volumes=False, removed=(), modified=None, policy_of=None):
    """Give ``vm`` the frozen disks: a new volume of the frozen size for each DISK (or, with
    ``reuse_volumes``, the volume of that local id, resized), the image for each CD-ROM.

    ``removed`` (indexes) are skipped; ``modified`` maps an index to {"bus", "vm_volume_id"} overrides;
    ``policy_of`` maps an index to the storage policy of a new volume.
    """
    store = engine.store
    modified = modified or {}
    for j, d in enumerate(frozen or []):
        if j in removed:
            continue
        m = modified.get(j, {})
        key = d.get("key", j) if d.get("key") is not None else j
        if d["type"] == "CD_ROM":
            img = by_local_id(engine, "ElfImage", d.get("elf_image_local_id"))
            store.insert("VmDisk", dict(vm=vm["id"], type="CD_ROM", bus=m.get("bus") or d["bus"], boot=d["boot"],
                                        key=key, elf_image=img["id"] if img else None,
                                        device="hd%s" % _LETTERS[j % 8], disabled=False))
            continue
        vol = None
        if m.get("vm_volume_id"):
            vol = store.get("VmVolume", m["vm_volume_id"])
        elif reuse_volumes:
            vol = by_local_id(engine, "VmVolume", d.get("vm_volume_local_id"))
            if vol is not None:
                store.update("VmVolume", vol["id"], {"size": d["size"]})
        if vol is None:
            policy = (policy_of or {}).get(j) or "REPLICA_2_THIN_PROVISION"
            vol = new_volume(engine, vm["cluster"], "%s-disk-%d" % (vm["name"], j), d["size"], policy)
        store.update("VmVolume", vol["id"], {"mounting": True})
        store.insert("VmDisk", dict(vm=vm["id"], type="DISK", bus=m.get("bus") or d["bus"], boot=d["boot"],
                                    key=key, vm_volume=vol["id"], device="vd%s" % _LETTERS[j % 8], disabled=False))
    vm_size(engine, vm)


def thaw_nics(engine, vm, frozen, keep_mac=False):
    """Give ``vm`` the frozen NICs (VLANs found by local id); new MAC addresses unless ``keep_mac``."""
    from .vm_devices import add_nics
    params = []
    for n in frozen or []:
        vlan = by_local_id(engine, "Vlan", (n.get("vlan") or {}).get("vlan_local_id"))
        p = {"connect_vlan_id": vlan["id"] if vlan else None, "model": n.get("model"),
             "enabled": n.get("enabled", True), "mirror": n.get("mirror", False)}
        if keep_mac:
            for k in ("mac_address", "ip_address", "gateway", "subnet_mask"):
                if n.get(k):
                    p[k] = n[k]
        params.append(p)
    add_nics(engine, vm, params)
    vm_ips(engine, vm)


def clear_devices(engine, vm, drop_volumes=False):
    """Remove the VM's disks and NICs; a volume no other disk uses stays unmounted (or, with
    ``drop_volumes``, goes too)."""
    store = engine.store
    for d in store.related("Vm", vm, "vm_disks"):
        vol_id = d["vm_volume"]
        store.delete("VmDisk", d["id"])
        vol = store.get("VmVolume", vol_id) if vol_id else None
        if vol is not None and not store.related_ids("VmVolume", vol, "vm_disks"):
            if drop_volumes:
                store.delete("VmVolume", vol_id)
            else:
                store.update("VmVolume", vol_id, {"mounting": False})
    for n in store.related("Vm", vm, "vm_nics"):
        store.delete("VmNic", n["id"])


def volume_policies(engine, vm):
    """{disk index in freeze_disks order: storage policy} of the VM's volumes."""
    store = engine.store
    out = {}
    for j, d in enumerate(sorted(store.related("Vm", vm, "vm_disks"), key=lambda d: (d["key"] or 0, d["id"]))):
        vol = store.get("VmVolume", d["vm_volume"]) if d["vm_volume"] else None
        if vol is not None:
            out[j] = vol["elf_storage_policy"]
    return out
