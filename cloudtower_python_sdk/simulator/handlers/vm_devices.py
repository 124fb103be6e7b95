# coding: utf-8
"""A VM's devices: disks and CD-ROMs, NICs."""
from .. import world
from ..errors import HttpError, TaskFailure
from .common import require, to_bytes
from .registry import handles
from .vm_base import new_volume, nics, vm_ips, vm_op, vm_size

_LETTERS = "abcdefghijklmnop"


def check_vlan(engine, vlan_id, cluster_id, what):
    """The VLAN ``vlan_id``; a 400 naming ``what`` unless it exists in the cluster."""
    vlan = require(engine, "Vlan", vlan_id, what)
    vds = engine.store.get("Vds", vlan["vds"])
    if cluster_id and vds is not None and vds["cluster"] != cluster_id:
        raise HttpError(400, "Vlan %r is not in the cluster of the VM (%s)" % (vlan_id, what))
    return vlan


def check_disks(engine, disks, cluster_id, path):
    """Check the references of a VmDiskParams before anything is changed."""
    disks = disks or {}
    for i, cd in enumerate(disks.get("mount_cd_roms") or []):
        if cd.get("elf_image_id"):
            require(engine, "ElfImage", cd["elf_image_id"], "%s.mount_cd_roms[%d].elf_image_id" % (path, i))
    for i, d in enumerate(disks.get("mount_disks") or []):
        vol = require(engine, "VmVolume", d["vm_volume_id"], "%s.mount_disks[%d].vm_volume_id" % (path, i))
        if cluster_id and vol["cluster"] != cluster_id:
            raise HttpError(400, "VmVolume %r is in another cluster (%s.mount_disks[%d])"
                            % (d["vm_volume_id"], path, i))


def add_disks(engine, vm, disks):
    """Add the CD-ROMs, existing volumes and new volumes of a VmDiskParams to ``vm``."""
    store = engine.store
    existing = store.related("Vm", vm, "vm_disks")
    next_key = max([d["key"] or 0 for d in existing] + [-1]) + 1
    for cd in disks.get("mount_cd_roms") or []:
        store.insert("VmDisk", dict(vm=vm["id"], type="CD_ROM", bus="IDE", boot=cd.get("boot", 0),
                                    key=cd.get("key", cd.get("index", next_key)), elf_image=cd.get("elf_image_id"),
                                    device="hd%s" % _LETTERS[next_key % 16], disabled=False))
        next_key += 1
    for d in disks.get("mount_disks") or []:
        store.insert("VmDisk", dict(vm=vm["id"], type="DISK", bus=d["bus"], boot=d["boot"],
                                    key=d.get("key", d.get("index", next_key)), vm_volume=d["vm_volume_id"],
                                    max_iops=d.get("max_iops"), max_bandwidth=d.get("max_bandwidth"),
                                    device="vd%s" % _LETTERS[next_key % 16], disabled=False))
        vol = store.get("VmVolume", d["vm_volume_id"])
        if vol is not None:
            vol["mounting"] = True
        next_key += 1
    for d in disks.get("mount_new_create_disks") or []:
        v = d["vm_volume"]
        vol = new_volume(engine, vm["cluster"], v["name"], to_bytes(v["size"], v.get("size_unit")),
                         v["elf_storage_policy"], v.get("path"))
        store.insert("VmDisk", dict(vm=vm["id"], type="DISK", bus=d["bus"], boot=d["boot"],
                                    key=d.get("key", d.get("index", next_key)), vm_volume=vol["id"],
                                    device="vd%s" % _LETTERS[next_key % 16], disabled=False))
        next_key += 1
    vm_size(engine, vm)


def add_nics(engine, vm, new_nics):
    """Add VmNicParams to ``vm`` after its NICs."""
    store = engine.store
    existing = store.related("Vm", vm, "vm_nics")
    order = max([n["order"] or 0 for n in existing] + [-1]) + 1
    for n in new_nics:
        store.insert("VmNic", dict(
            vm=vm["id"], vlan=n.get("connect_vlan_id"), model=n.get("model") or "VIRTIO",
            enabled=n.get("enabled", True), mirror=n.get("mirror", False), type=n.get("type") or "VLAN",
            mac_address=n.get("mac_address") or world._mac(store.rng), ip_address=n.get("ip_address"),
            gateway=n.get("gateway"), subnet_mask=n.get("subnet_mask"), local_id=n.get("local_id") or store.new_uuid(),
            order=order, interface_id="vnet%d" % order))
        order += 1
    vm_ips(engine, vm)


def _add_cd_rom_validate(engine, vm, body):
    check_disks(engine, {"mount_cd_roms": body["data"]["vm_cd_roms"]}, vm["cluster"], "data")


def _add_cd_rom_apply(engine, vm, body):
    add_disks(engine, vm, {"mount_cd_roms": body["data"]["vm_cd_roms"]})


def _remove_disks_apply(kind, key):
    def apply(engine, vm, body):
        ids = body["data"][key]
        mine = dict((d["id"], d) for d in engine.store.related("Vm", vm, "vm_disks"))
        missing = [i for i in ids if i not in mine or mine[i]["type"] != kind]
        if missing:
            raise TaskFailure("VM %s has no %s %s" % (vm["name"], "CD-ROM" if kind == "CD_ROM" else "disk",
                                                       ", ".join(missing)), "EVmDiskNotFound")
        for i in ids:
            vol_id = mine[i]["vm_volume"]
            engine.store.delete("VmDisk", i)
            vol = engine.store.get("VmVolume", vol_id) if vol_id else None
            if vol is not None and not engine.store.related_ids("VmVolume", vol, "vm_disks"):
                vol["mounting"] = False
        vm_size(engine, vm)
    return apply


def _add_disk_validate(engine, vm, body):
    check_disks(engine, body["data"]["vm_disks"], vm["cluster"], "data.vm_disks")


def _add_disk_apply(engine, vm, body):
    add_disks(engine, vm, body["data"]["vm_disks"])


def _add_nic_validate(engine, vm, body):
    for j, n in enumerate(body["data"]["vm_nics"]):
        if n.get("connect_vlan_id"):
            check_vlan(engine, n["connect_vlan_id"], vm["cluster"], "data.vm_nics[%d].connect_vlan_id" % j)


def _add_nic_apply(engine, vm, body):
    add_nics(engine, vm, body["data"]["vm_nics"])


def _update_nic_validate(engine, vm, body):
    d = body["data"]
    if d.get("connect_vlan_id"):
        check_vlan(engine, d["connect_vlan_id"], vm["cluster"], "data.connect_vlan_id")


def _update_nic_apply(engine, vm, body):
    d = body["data"]
    mine = nics(engine, vm)
    if not 0 <= d["nic_index"] < len(mine):
        raise TaskFailure("VM %s has no NIC with index %d (it has %d)" % (vm["name"], d["nic_index"], len(mine)),
                          "EVmNicNotFound")
    nic = mine[d["nic_index"]]
    for k in ("enabled", "mirror", "mac_address", "ip_address", "gateway", "subnet_mask", "model"):
        if k in d:
            nic[k] = d[k]
    if d.get("connect_vlan_id"):
        engine.store.set("VmNic", nic["id"], "vlan", d["connect_vlan_id"])
    vm_ips(engine, vm)


def _remove_nic_apply(engine, vm, body):
    mine = nics(engine, vm)
    idx = body["data"]["nic_index"]
    bad = [i for i in idx if not 0 <= i < len(mine)]
    if bad:
        raise TaskFailure("VM %s has no NIC with index %s (it has %d)" % (vm["name"], ", ".join(map(str, bad)),
                                                                          len(mine)), "EVmNicNotFound")
    for i in sorted(set(idx)):
        engine.store.delete("VmNic", mine[i]["id"])
    vm_ips(engine, vm)


_OPS = {
    "add_vm_cd_rom": vm_op("Add CD-ROM to VM", "vm.add_cd_rom", None, _add_cd_rom_apply, validate=_add_cd_rom_validate),
    "remove_vm_cd_rom": vm_op("Remove CD-ROM from VM", "vm.remove_cd_rom", None,
                              _remove_disks_apply("CD_ROM", "cd_rom_ids")),
    "add_vm_disk": vm_op("Add disk to VM", "vm.add_disk", None, _add_disk_apply, validate=_add_disk_validate),
    "remove_vm_disk": vm_op("Remove disk from VM", "vm.remove_disk", None, _remove_disks_apply("DISK", "disk_ids")),
    "add_vm_nic": vm_op("Add NIC to VM", "vm.add_nic", None, _add_nic_apply, validate=_add_nic_validate),
    "update_vm_nic": vm_op("Edit NIC of VM", "vm.update_nic", None, _update_nic_apply, validate=_update_nic_validate),
    "remove_vm_nic": vm_op("Remove NIC from VM", "vm.remove_nic", None, _remove_nic_apply),
}
for _name, _handler in _OPS.items():
    handles(_name)(_handler)
