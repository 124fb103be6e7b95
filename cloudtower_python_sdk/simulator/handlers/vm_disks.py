# coding: utf-8
"""Changing a VM's existing disks and CD-ROMs: bus and backing, size, ISO ejection, disabling."""
from ..errors import HttpError, TaskFailure
from .common import find, require, to_bytes, with_task
from .registry import handles
from .vm_base import new_volume, vm_op, vm_size


def _disk_of(engine, vm, disk_id, what):
    disk = require(engine, "VmDisk", disk_id, what)
    if disk["vm"] != vm["id"]:
        raise HttpError(400, "VmDisk %r is not a disk of VM %s (%s)" % (disk_id, vm["name"], what))
    return disk


def _update_disk_validate(engine, vm, body):
    d = body["data"]
    disk = _disk_of(engine, vm, d["vm_disk_id"], "data.vm_disk_id")
    if disk["type"] != "DISK":
        raise HttpError(400, "VmDisk %r is a CD-ROM; update_vm_disk changes disks (data.vm_disk_id). Use "
                        "eject_iso_from_vm_cd_rom or remove_vm_cd_rom/add_vm_cd_rom for CD-ROMs" % d["vm_disk_id"])
    sources = [k for k in ("vm_volume_id", "elf_image_id", "content_library_image_id") if d.get(k)]
    if len(sources) > 1:
        raise HttpError(400, "Give at most one of data.%s" % ", data.".join(sources))
    if d.get("vm_volume_id"):
        vol = require(engine, "VmVolume", d["vm_volume_id"], "data.vm_volume_id")
        if vol["cluster"] != vm["cluster"]:
            raise HttpError(400, "VmVolume %r is in another cluster (data.vm_volume_id)" % d["vm_volume_id"])
    if d.get("elf_image_id"):
        require(engine, "ElfImage", d["elf_image_id"], "data.elf_image_id")
    if d.get("content_library_image_id"):
        require(engine, "ContentLibraryImage", d["content_library_image_id"], "data.content_library_image_id")


def _update_disk_apply(engine, vm, body):
    store = engine.store
    d = body["data"]
    disk = store.get("VmDisk", d["vm_disk_id"])
    if disk is None or disk["vm"] != vm["id"]:
        raise TaskFailure("VM %s has no disk %s" % (vm["name"], d["vm_disk_id"]), "EVmDiskNotFound")
    changes = {}
    if d.get("bus"):
        changes["bus"] = d["bus"]
    image = None
    if d.get("elf_image_id"):
        image = store.get("ElfImage", d["elf_image_id"])
    elif d.get("content_library_image_id"):
        image = store.get("ContentLibraryImage", d["content_library_image_id"])
    if d.get("vm_volume_id"):
        changes["vm_volume"] = d["vm_volume_id"]
    elif image is not None:  # a new volume holding a copy of the image
        vol = new_volume(engine, vm["cluster"], "%s-%s" % (vm["name"], image["name"]), image["size"] or 0)
        changes["vm_volume"] = vol["id"]
    old_volume = disk["vm_volume"]
    store.update("VmDisk", disk["id"], changes)
    if "vm_volume" in changes:
        store.update("VmVolume", changes["vm_volume"], {"mounting": True})
        old = store.get("VmVolume", old_volume) if old_volume else None
        if old is not None and not store.related_ids("VmVolume", old, "vm_disks"):
            store.update("VmVolume", old_volume, {"mounting": False})
    vm_size(engine, vm)


handles("update_vm_disk")(vm_op("Edit disk of VM", "vm.update_disk", None, _update_disk_apply,
                                validate=_update_disk_validate))


def _disk_op(call, description, key, check, apply):
    """One task per VmDisk the body's ``where`` matches, answering its VM."""
    engine = call.engine
    disks = find(engine, "VmDisk", call.body["where"])
    for disk in disks:
        check(engine, disk)
    out = []
    for disk in disks:
        vm = engine.store.get("Vm", disk["vm"])

        def effect(disk_id=disk["id"]):
            current = engine.store.get("VmDisk", disk_id)
            if current is None:
                raise TaskFailure("VM disk %s no longer exists" % disk_id, "EVmDiskNotFound")
            apply(engine, current)
            owner = engine.store.get("Vm", current["vm"])
            if owner is not None:
                vm_size(engine, owner)
                engine.refresh(owner["cluster"])
        task = call.task("%s %s of VM %s" % (description, disk["device"] or disk["id"], vm["name"] if vm else "-"),
                         effect, resource_type="Vm", resource_id=disk["vm"], cluster_id=vm["cluster"] if vm else None,
                         key=key)
        out.append(with_task(engine, "Vm", vm, task) if vm else {"task_id": task, "data": None})
    return out


def _require_type(kind, op_name):
    def check(engine, disk):
        if disk["type"] != kind:
            raise HttpError(400, "VmDisk %r is %s; %s takes %s (where)" % (
                disk["id"], "a CD-ROM" if disk["type"] == "CD_ROM" else "a disk", op_name,
                "CD-ROMs" if kind == "CD_ROM" else "disks"))
    return check


@handles("expand_vm_disk")
def expand_vm_disk(call):
    """Grow the volume of each disk the where matches; a size not above the current one is refused."""
    size = to_bytes(call.body["size"], call.body.get("size_unit"))

    def check(engine, disk):
        _require_type("DISK", "expand_vm_disk")(engine, disk)
        vol = engine.store.get("VmVolume", disk["vm_volume"]) if disk["vm_volume"] else None
        if vol is None:
            raise HttpError(400, "VmDisk %r has no volume to expand" % disk["id"])
        if size <= vol["size"]:
            raise HttpError(400, "Cannot shrink or keep the size of volume %s: it has %d bytes and size asks for "
                            "%d; a disk can only grow (size, size_unit)" % (vol["name"], vol["size"], size))

    def apply(engine, disk):
        vol = engine.store.get("VmVolume", disk["vm_volume"])
        if vol["size"] >= size:
            raise TaskFailure("Volume %s already has %d bytes" % (vol["name"], vol["size"]), "EVolumeShrink")
        engine.store.update("VmVolume", vol["id"], {"size": size})
    return _disk_op(call, "Expand disk", "vm.expand_disk", check, apply)


@handles("eject_iso_from_vm_cd_rom")
def eject_iso(call):
    def apply(engine, disk):
        engine.store.update("VmDisk", disk["id"], {"elf_image": None, "svt_image": None})
    return _disk_op(call, "Eject ISO from CD-ROM", "vm.eject_cd_rom",
                    _require_type("CD_ROM", "eject_iso_from_vm_cd_rom"), apply)


@handles("toggle_vm_cd_rom_disable")
def toggle_cd_rom_disable(call):
    disabled = call.body["disabled"]

    def apply(engine, disk):
        engine.store.update("VmDisk", disk["id"], {"disabled": disabled})
    return _disk_op(call, "Disable CD-ROM" if disabled else "Enable CD-ROM", "vm.toggle_cd_rom_disable",
                    _require_type("CD_ROM", "toggle_vm_cd_rom_disable"), apply)
