# coding: utf-8
"""Helpers every handler family uses: lookups with request-time errors, placeholders, units.

The time comes from the engine's clock (``engine.now_iso()``), so a manual clock governs the records too.
"""
from .. import schema
from ..errors import HttpError

_BYTE_UNITS = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3, "TB": 1024 ** 4, "PB": 1024 ** 5}


def to_bytes(value, unit):
    """``value`` in ``unit`` (a ByteUnit: B, KB, ..., PB) as a number of bytes."""
    return int(value * _BYTE_UNITS.get(unit or "B", 1))


def find(engine, type_name, where):
    """The records of ``type_name`` that ``where`` (a where-input, or None for all) matches."""
    return engine.store.query(type_name, {"where": where} if where is not None else {})


def find_one(engine, type_name, where, what):
    """The record a where-unique input (``what``: the body field it is in) names: its non-null fields must
    match a record; a 400 naming ``what`` otherwise (none given included).

    Example::

        vm = find_one(call.engine, "Vm", call.body["vm"], "vm")
    """
    where = dict((k, v) for k, v in (where or {}).items() if v is not None)
    found = find(engine, type_name, where) if where else []
    if not found:
        raise HttpError(400, "No %s matches %s: give the id or another unique field of one (%s)"
                        % (type_name, what, what))
    return found[0]


def require(engine, type_name, id_, what):
    """The record ``type_name`` ``id_``; a 400 naming ``what`` (the body field) when there is none."""
    rec = engine.store.get(type_name, id_) if id_ else None
    if rec is None:
        raise HttpError(400, "%s %r not found (%s)" % (type_name, id_, what))
    return rec


def elf_cluster(engine, cluster_id, what):
    """The cluster ``cluster_id`` when it runs VMs on SMTX OS (ELF); a 400 naming ``what`` otherwise."""
    cluster = require(engine, "Cluster", cluster_id, what)
    if cluster["hypervisor"] != "ELF":
        raise HttpError(400, "Cluster %s is not an ELF cluster: VMs and their volumes live on ELF clusters (%s)"
                        % (cluster["name"], what))
    return cluster


def with_task(engine, type_name, rec, task_id, shape=None):
    """A ``WithTask<type_name>`` answer."""
    return {"task_id": task_id, "data": engine.store.render(type_name, rec, shape)}


def draft(engine, type_name, values):
    """A not-yet-stored record (the placeholder of a WithTask answer)."""
    rtype = schema.resource(type_name)
    template, mutable = rtype.template()
    rec = dict(template)
    for k in mutable:
        rec[k] = [] if isinstance(template[k], list) else dict(template[k])
    rec.update(values)
    rec.setdefault("id", engine.store.new_id())
    if not rec.get("id"):
        rec["id"] = engine.store.new_id()
    return rec


def snake(name):
    """``VmVolume`` -> ``vm_volume`` (the style of a task's ``key`` prefix)."""
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out += "_"
        out += ch.lower()
    return out


def per_record(call, type_name, records, description, key, apply, answer=None):
    """One task per record: ``apply(rec)`` runs when it ends (the record must still exist); answers
    ``WithTask<type_name>`` each, or ``answer(rec, task_id)``.

    Example::

        per_record(call, "Alert", alerts, "Resolve alert", "alert.resolve",
                   lambda a: call.store.update("Alert", a["id"], {"ended": True}))
    """
    from ..errors import TaskFailure
    engine = call.engine
    out = []
    for rec in records:
        def effect(rec_id=rec["id"]):
            current = engine.store.get(type_name, rec_id)
            if current is None:
                raise TaskFailure("%s %s no longer exists" % (type_name, rec_id), "EResourceNotFound")
            apply(current)
        cluster = rec.get("cluster") if isinstance(rec.get("cluster"), str) else None
        task = call.task("%s %s" % (description, rec.get("name") or rec["id"]), effect, resource_type=type_name,
                         resource_id=rec["id"], cluster_id=cluster, key=key)
        out.append(answer(rec, task) if answer else with_task(engine, type_name, rec, task))
    return out
