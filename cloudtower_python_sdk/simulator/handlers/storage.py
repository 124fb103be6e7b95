# coding: utf-8
"""Volumes, iSCSI LUNs and NVMf namespaces: snapshots that remember their source, clones, rollbacks, copies.

A snapshot made here keeps the source's state (size, QoS, replication...) in ``_frozen``; a rollback
writes it back, a clone starts a new resource from it.  A snapshot without it (one the world was built
with) gives its recorded size only.
"""
from .. import schema
from ..errors import HttpError, TaskFailure
from .common import draft, find, find_one, require, with_task
from .registry import handles

_IDENTITY = ("id", "local_id", "name", "local_created_at", "createdAt", "entityAsyncStatus", "snapshot_num",
             "lun_id", "namespace_id", "zbs_volume_id", "description", "mounting")


def frozen_state(type_name, rec):
    """The scalars of ``rec`` a snapshot keeps (not its identity)."""
    rtype = schema.resource(type_name)
    return dict((k, rec.get(k)) for k in rtype.scalars if k not in _IDENTITY)


def _snapshot_task(call, type_name, placeholder, source_type, source_id, description, key, cluster_id=None):
    engine = call.engine

    def effect():
        source = engine.store.get(source_type, source_id)
        if source is None:
            raise TaskFailure("%s %s no longer exists" % (source_type, source_id), "EResourceNotFound")
        values = dict(placeholder, _frozen=frozen_state(source_type, source), local_created_at=engine.now_iso())
        engine.store.insert(type_name, values)
        if "snapshot_num" in source:
            engine.store.update(source_type, source_id, {"snapshot_num": (source["snapshot_num"] or 0) + 1})
    task = call.task(description, effect, resource_type=type_name, resource_id=placeholder["id"],
                     cluster_id=cluster_id, key=key)
    return with_task(engine, type_name, placeholder, task)


@handles("create_vm_volume_snapshot")
def create_vm_volume_snapshot(call):
    engine = call.engine
    plans = [(require(engine, "VmVolume", p["volume_id"], "[%d].volume_id" % i), p) for i, p in enumerate(call.body)]
    out = []
    for vol, p in plans:
        placeholder = draft(engine, "VmVolumeSnapshot", dict(
            id=engine.store.new_id(), name=p["name"], description=p["description"], vm_volume=vol["id"],
            cluster=vol["cluster"], local_id=engine.store.new_uuid(), type="KVM_VOLUME_SNAPSHOT",
            volume_size=vol["size"], size=vol["size"], elf_storage_policy=vol["elf_storage_policy"],
            volume_sharing=vol["sharing"], unique_size=0, shared_size=0))
        out.append(_snapshot_task(call, "VmVolumeSnapshot", placeholder, "VmVolume", vol["id"],
                                  "Create snapshot %s of volume %s" % (p["name"], vol["name"]),
                                  "vm_volume_snapshot.create", vol["cluster"]))
    return out


@handles("create_iscsi_lun_snapshot")
def create_iscsi_lun_snapshot(call):
    engine = call.engine
    plans = []
    for i, p in enumerate(call.body):
        lun = require(engine, "IscsiLun", p["iscsi_lun_id"], "[%d].iscsi_lun_id" % i)
        require(engine, "IscsiTarget", p["iscsi_target_id"], "[%d].iscsi_target_id" % i)
        if lun["iscsi_target"] != p["iscsi_target_id"]:
            raise HttpError(400, "IscsiLun %s is not in iSCSI target %r ([%d].iscsi_target_id)"
                            % (lun["name"], p["iscsi_target_id"], i))
        plans.append((lun, p))
    out = []
    for lun, p in plans:
        placeholder = draft(engine, "IscsiLunSnapshot", dict(
            id=engine.store.new_id(), name=p["name"], iscsi_lun=lun["id"], iscsi_target=lun["iscsi_target"],
            local_id=engine.store.new_uuid(), unique_size=0))
        out.append(_snapshot_task(call, "IscsiLunSnapshot", placeholder, "IscsiLun", lun["id"],
                                  "Create snapshot %s of LUN %s" % (p["name"], lun["name"]),
                                  "iscsi_lun_snapshot.create"))
    return out


@handles("create_nvmf_namespace_snapshot")
def create_nvmf_namespace_snapshot(call):
    engine = call.engine
    plans = []
    for i, p in enumerate(call.body):
        ns = require(engine, "NvmfNamespace", p["nvmf_namespace_id"], "[%d].nvmf_namespace_id" % i)
        require(engine, "NvmfSubsystem", p["nvmf_subsystem_id"], "[%d].nvmf_subsystem_id" % i)
        plans.append((ns, p))
    out = []
    for ns, p in plans:
        placeholder = draft(engine, "NvmfNamespaceSnapshot", dict(
            id=engine.store.new_id(), name=p["name"], nvmf_namespace=ns["id"], nvmf_subsystem=p["nvmf_subsystem_id"],
            local_id=engine.store.new_uuid(), unique_size=0))
        out.append(_snapshot_task(call, "NvmfNamespaceSnapshot", placeholder, "NvmfNamespace", ns["id"],
                                  "Create snapshot %s of namespace %s" % (p["name"], ns["name"]),
                                  "nvmf_namespace_snapshot.create"))
    return out


def _state_of(snap, size_key, size_field):
    """What a rollback or clone takes from ``snap``."""
    if snap.get("_frozen"):
        return dict(snap["_frozen"])
    return {size_field: snap.get(size_key)} if snap.get(size_key) is not None else {}


def _rollback(call, items, target_type, snap_type, target_key, snap_key, link, size_key, size_field):
    """Roll each target back to its snapshot (which must be one of it)."""
    engine = call.engine
    plans = []
    for i, p in enumerate(items):
        snap = require(engine, snap_type, p[snap_key], "[%d].%s" % (i, snap_key))
        target_id = p.get(target_key) or snap[link]
        target = require(engine, target_type, target_id, "[%d].%s" % (i, target_key or snap_key))
        if snap[link] != target["id"]:
            raise HttpError(400, "%s %s is not a snapshot of %s %s ([%d].%s)"
                            % (snap_type, snap["name"], target_type, target["name"], i, snap_key))
        plans.append((target, snap))
    out = []
    for target, snap in plans:
        state = _state_of(snap, size_key, size_field)

        def effect(target_id=target["id"], state=state):
            if engine.store.get(target_type, target_id) is None:
                raise TaskFailure("%s %s no longer exists" % (target_type, target_id), "EResourceNotFound")
            engine.store.update(target_type, target_id, state)
        task = call.task("Roll back %s to snapshot %s" % (target["name"], snap["name"]), effect,
                         resource_type=target_type, resource_id=target["id"],
                         cluster_id=target.get("cluster") if isinstance(target.get("cluster"), str) else None,
                         key="%s.rollback" % link)
        out.append(with_task(engine, target_type, target, task))
    return out


@handles("rollback_vm_volume")
def rollback_vm_volume(call):
    return _rollback(call, call.body, "VmVolume", "VmVolumeSnapshot", None, "volume_snapshot_id", "vm_volume",
                     "volume_size", "size")


@handles("rollback_iscsi_lun_from_snapshot")
def rollback_iscsi_lun(call):
    return _rollback(call, call.body, "IscsiLun", "IscsiLunSnapshot", "lun_id", "snapshot_id", "iscsi_lun",
                     None, "assigned_size")


@handles("rollback_nvmf_namespace_from_snapshot")
def rollback_nvmf_namespace(call):
    return _rollback(call, call.body, "NvmfNamespace", "NvmfNamespaceSnapshot", "namespace_id", "snapshot_id",
                     "nvmf_namespace", None, "assigned_size")


def _new_from(call, type_name, values, description, key, cluster_id=None):
    engine = call.engine
    values = dict(values, id=engine.store.new_id(), local_id=engine.store.new_uuid(), local_created_at=engine.now_iso())

    def effect():
        engine.store.insert(type_name, values)
    task = call.task(description, effect, resource_type=type_name, resource_id=values["id"], cluster_id=cluster_id,
                     key=key)
    return with_task(engine, type_name, draft(engine, type_name, values), task)


@handles("clone_vm_volume")
def clone_vm_volume(call):
    """A new unmounted volume with the source's size and policy."""
    engine = call.engine
    plans = []
    for i, p in enumerate(call.body):
        plans.append((find_one(engine, "VmVolume", p["where"], "[%d].where" % i), p))
    return [_new_from(call, "VmVolume", dict(frozen_state("VmVolume", vol), name=p["data"]["name"],
                                             description=p["data"].get("description") or "", cluster=vol["cluster"],
                                             mounting=False, sharing=vol["sharing"],
                                             path="/usr/share/smartx/volumes/%s" % engine.store.new_uuid()),
                      "Clone volume %s to %s" % (vol["name"], p["data"]["name"]), "vm_volume.clone", vol["cluster"])
            for vol, p in plans]


@handles("rebuild_vm_volume")
def rebuild_vm_volume(call):
    """A new volume from a volume snapshot."""
    engine = call.engine
    plans = [(require(engine, "VmVolumeSnapshot", p["volume_snapshot_id"], "[%d].volume_snapshot_id" % i), p)
             for i, p in enumerate(call.body)]
    out = []
    for snap, p in plans:
        state = _state_of(snap, "volume_size", "size")
        values = dict(state, name=p["name"], description=p["description"], cluster=snap["cluster"], mounting=False,
                      type="KVM_VOLUME", path="/usr/share/smartx/volumes/%s" % engine.store.new_uuid())
        values.setdefault("elf_storage_policy", snap.get("elf_storage_policy"))
        values.setdefault("sharing", bool(snap.get("volume_sharing")))
        out.append(_new_from(call, "VmVolume", values, "Rebuild volume %s from snapshot %s" % (p["name"], snap["name"]),
                             "vm_volume.rebuild", snap["cluster"]))
    return out


@handles("clone_iscsi_lun_from_snapshot")
def clone_iscsi_lun(call):
    engine = call.engine
    out = []
    for i, p in enumerate(call.body):
        snap = require(engine, "IscsiLunSnapshot", p["snapshot_id"], "[%d].snapshot_id" % i)
        require(engine, "IscsiTarget", p["iscsi_target_id"], "[%d].iscsi_target_id" % i)
        src = engine.store.get("IscsiLun", snap["iscsi_lun"]) if snap["iscsi_lun"] else None
        state = snap.get("_frozen") or (frozen_state("IscsiLun", src) if src else {})
        out.append(_new_from(call, "IscsiLun", dict(state, name=p["name"], iscsi_target=p["iscsi_target_id"]),
                             "Clone LUN %s from snapshot %s" % (p["name"], snap["name"]), "iscsi_lun.clone"))
    return out


@handles("copy_iscsi_lun")
def copy_iscsi_lun(call):
    engine = call.engine
    out = []
    for i, p in enumerate(call.body):
        src = require(engine, "IscsiLun", p["src_lun_id"], "[%d].src_lun_id" % i)
        target = p.get("dest_iscsi_target_id") or src["iscsi_target"]
        require(engine, "IscsiTarget", target, "[%d].dest_iscsi_target_id" % i)
        out.append(_new_from(call, "IscsiLun", dict(frozen_state("IscsiLun", src), name=p["name"], iscsi_target=target),
                             "Copy LUN %s to %s" % (src["name"], p["name"]), "iscsi_lun.copy"))
    return out


@handles("clone_nvmf_namespace_from_snapshot")
def clone_nvmf_namespace(call):
    engine = call.engine
    out = []
    for i, p in enumerate(call.body):
        snap = require(engine, "NvmfNamespaceSnapshot", p["snapshot_id"], "[%d].snapshot_id" % i)
        require(engine, "NvmfSubsystem", p["nvmf_subsystem_id"], "[%d].nvmf_subsystem_id" % i)
        if p.get("namespace_group_id"):
            require(engine, "NamespaceGroup", p["namespace_group_id"], "[%d].namespace_group_id" % i)
        src = engine.store.get("NvmfNamespace", snap["nvmf_namespace"]) if snap["nvmf_namespace"] else None
        state = snap.get("_frozen") or (frozen_state("NvmfNamespace", src) if src else {})
        out.append(_new_from(call, "NvmfNamespace", dict(state, name=p["name"], nvmf_subsystem=p["nvmf_subsystem_id"],
                                                         namespace_group=p.get("namespace_group_id")),
                             "Clone namespace %s from snapshot %s" % (p["name"], snap["name"]),
                             "nvmf_namespace.clone"))
    return out


@handles("update_consistency_group_snapshot")
def rollback_consistency_group_snapshot(call):
    """Roll every LUN and namespace of a consistency group snapshot back to its snapshot in it."""
    engine = call.engine
    out = []
    for cgs in find(engine, "ConsistencyGroupSnapshot", call.body["where"]):
        pairs = []
        for key, link, target_type, size_field in (("Iscsi_lun_snapshots", "iscsi_lun", "IscsiLun", "assigned_size"),
                                                   ("nvmf_namespace_snapshots", "nvmf_namespace", "NvmfNamespace",
                                                    "assigned_size")):
            for snap in engine.store.related("ConsistencyGroupSnapshot", cgs, key):
                if snap[link]:
                    pairs.append((target_type, snap[link], _state_of(snap, None, size_field)))

        def effect(pairs=pairs):
            for target_type, target_id, state in pairs:
                if engine.store.get(target_type, target_id) is not None:
                    engine.store.update(target_type, target_id, state)
        task = call.task("Roll back consistency group snapshot %s" % cgs["name"], effect,
                         resource_type="ConsistencyGroupSnapshot", resource_id=cgs["id"],
                         key="consistency_group_snapshot.rollback")
        out.append(with_task(engine, "ConsistencyGroupSnapshot", cgs, task))
    return out
