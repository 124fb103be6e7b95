# coding: utf-8
"""Generic create / update / delete of any resource type.

An operation ``create-X``/``update-X`` answering ``WithTask<X>`` (or ``delete-X`` answering
``WithTaskDelete<X>``) for a resource type ``X`` and without a handler of its own maps its body onto
the store: same-named fields, ``x_id``/``x_ids`` and where-inputs for relations.
"""
from .. import schema
from ..errors import TaskFailure
from .common import draft, find, now_iso, require, snake, with_task
from .registry import fallback


@fallback
def generic_kind(op):
    """The generic handler of ``op``, or None when its name and answer do not fit the pattern."""
    returns = op.returns or ""
    inner = returns[5:-1] if returns.startswith("list[") else returns
    names = schema.resource_names()
    verb = op.path[1:].split("-")[0]
    if verb == "delete" and inner.startswith("WithTaskDelete") and inner[14:] in names:
        return _generic(inner[14:], "delete", returns.startswith("list["))
    if verb in ("create", "update") and inner.startswith("WithTask") and inner[8:] in names:
        return _generic(inner[8:], verb, returns.startswith("list["))
    return None


def _create(call, type_name):
    engine, store, body = call.engine, call.store, call.body
    rtype = schema.resource(type_name)
    items = body if isinstance(body, list) else (body.get("data") if isinstance(body, dict) and isinstance(
        body.get("data"), list) and "where" not in body else [body])
    plans = [map_values(engine, rtype, item or {}) for item in items]
    out = []
    for values in plans:
        values["id"] = store.new_id()
        placeholder = draft(engine, type_name, values)

        def effect(values=values):
            store.insert(type_name, values, now_iso())
        task = call.task("Create %s %s" % (type_name, values.get("name", values["id"])), effect,
                         resource_type=type_name, resource_id=values["id"], cluster_id=values.get("cluster"),
                         key=snake(type_name) + ".create")
        out.append(with_task(engine, type_name, placeholder, task))
    return out


def _change(call, type_name, verb):
    engine, store, body = call.engine, call.store, call.body
    rtype = schema.resource(type_name)
    where = body.get("where") if isinstance(body, dict) else None
    targets = find(engine, type_name, where)
    values = map_values(engine, rtype, body.get("data") or {}) if verb == "update" else None
    out = []
    for rec in targets:
        rec_id = rec["id"]

        def effect(rec_id=rec_id):
            if store.get(type_name, rec_id) is None:
                raise TaskFailure("%s %s no longer exists" % (type_name, rec_id), "EResourceNotFound")
            if verb == "update":
                store.update(type_name, rec_id, values)
            else:
                store.delete(type_name, rec_id)
        cluster = rec.get("cluster") if isinstance(rec.get("cluster"), str) else None
        task = call.task("%s %s %s" % (verb.capitalize(), type_name, rec.get("name") or rec_id), effect,
                         resource_type=type_name, resource_id=rec_id, cluster_id=cluster,
                         key="%s.%s" % (snake(type_name), verb))
        if verb == "delete":
            out.append({"task_id": task, "data": {"id": rec_id}})
        else:
            out.append(with_task(engine, type_name, rec, task))
    return out


def _generic(type_name, verb, many):
    def handler(call):
        out = _create(call, type_name) if verb == "create" else _change(call, type_name, verb)
        return out if many else (out[0] if out else None)
    handler.generic = (type_name, verb)
    return handler


def map_values(engine, rtype, data):
    """Creation/updation params -> record values: same-named fields, ``x_id``/``x_ids`` and where-inputs for
    relations."""
    values = {}
    for key, value in data.items():
        if key in rtype.relations:
            card, target = rtype.relations[key]
            if isinstance(value, dict):  # a where-input
                ids = [r["id"] for r in find(engine, target, value)]
                values[key] = ids if card == "many" else (ids[0] if ids else None)
            elif isinstance(value, (str, list)):
                values[key] = value
        elif key in rtype.fields:
            if not isinstance(value, dict) or not rtype.fields[key].type_str.endswith("WhereInput"):
                values[key] = value
        elif key.endswith("_id") and key[:-3] in rtype.relations:
            require(engine, rtype.relations[key[:-3]][1], value, key)
            values[key[:-3]] = value
        elif key.endswith("_ids") and key[:-4] + "s" in rtype.relations:
            values[key[:-4] + "s"] = list(value)
    return values
