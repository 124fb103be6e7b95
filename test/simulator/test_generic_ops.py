# coding: utf-8
"""No silent fake successes: every operation answered by the generic create/update/delete puts each
field of its body into the world (read back from the store), or is refused; its answer and the record
have the shape of the API's schemas."""
import pytest

from cloudtower_python_sdk import types
from cloudtower_python_sdk.simulator import schema
from cloudtower_python_sdk.simulator.engine import Engine
from cloudtower_python_sdk.simulator.handlers import generic, lookup, registered



def sample_id(engine, type_name, fresh=False, depth=0):
    """An id of a ``type_name`` record (a new one with ``fresh``, or when the world has none); a new
    record gets a record for each relation its type requires."""
    if not fresh:
        for rec in engine.store.all(type_name):
            return rec["id"]
    rtype = schema.resource(type_name)
    values = {"name": "sample-%s" % type_name.lower()}
    for key, (card, target) in rtype.relations.items():
        if rtype.fields[key].required and card == "one" and rtype.stored(key) and depth < 4:
            values[key] = sample_id(engine, target, depth=depth + 1)
    return engine.store.insert(type_name, values)["id"]


def fill(engine, type_str, key, rtype, depth=0):
    """A value of ``type_str`` for field ``key`` of params that map onto resource type ``rtype``."""
    kind, inner = schema._inner(type_str)
    if kind == "list":
        if key.endswith("_ids") or key.endswith("Ids"):
            target = generic.relation_target(rtype, key)
            return [sample_id(engine, target)] if target else ["v-" + key]
        item = fill(engine, inner, key, rtype, depth + 1)
        return [] if item is None else [item]
    if inner == "str":
        target = generic.relation_target(rtype, key) if key.endswith("_id") or key.endswith("Id") else None
        return sample_id(engine, target) if target else "v-" + key
    if inner == "int":
        return 7
    if inner == "float":
        return 7.5
    if inner == "bool":
        return True
    if inner == "datetime":
        return "2026-01-02T03:04:05.000Z"
    if inner == "object":
        return {"k": "v"}
    cls = schema.model(inner)
    if cls is None:
        return None
    if getattr(cls, "_is_enum", False):
        return cls.allowable_values[-1]
    if inner.endswith("WhereInput") or inner.endswith("WhereUniqueInput"):
        target = inner[:-len("WhereUniqueInput")] if inner.endswith("WhereUniqueInput") else inner[:-len("WhereInput")]
        return {"id": sample_id(engine, target)} if target in schema.resource_names() else None
    if depth > 3:
        return None
    out = {}
    for f in cls._fields:
        v = fill(engine, f.type_str, f.key, None, depth + 1)
        if v is not None:
            out[f.key] = v
    return out


def check_shape(op, answer):
    """The answer has the shape of the operation's response schema (required fields, types, enums)."""
    ctx = types.WireContext(validate=True, attribute_names=False, what=op.name)
    types.parse(op.returns).to_wire(answer, ctx, [])


def generic_operations():
    out = []
    own = registered()
    for path, op in sorted(schema.operations().items()):
        if op.name in own or path in schema.query_operations():
            continue
        handler = lookup(op)
        if handler is not None and getattr(handler, "generic", None):
            out.append(op)
    return out


OPERATIONS = generic_operations()


@pytest.fixture(scope="module")
def engine():
    return Engine(seed=0, task_seconds=0)


def _body(engine, op, type_name, verb, target_id):
    rtype = schema.resource(type_name)
    item_type = generic._item_type(op, verb)
    params = fill(engine, item_type, "", rtype) if item_type else {}
    params = dict((k, v) for k, v in params.items() if k != "where")
    if item_type:  # fill() at the top level: relation keys of this resource type
        cls = schema.model(item_type)
        params = dict((f.key, fill(engine, f.type_str, f.key, rtype)) for f in cls._fields
                      if f.key != "where" and fill(engine, f.type_str, f.key, rtype) is not None)
    kind, inner = schema._inner(op.body_type)
    outer = schema.model(inner)
    if verb == "create":
        if kind == "list":
            return [params], params
        if "data" in outer._by_key and "where" not in outer._by_key:
            return {"data": [params] if outer._by_key["data"].type_str.startswith("list[") else params}, params
        return params, params
    body = {"where": {"id": target_id}}
    if verb == "update":
        body["data"] = params
    return ([body] if kind == "list" else body), params


def _landed(engine, rtype, rec, key, value, params, item_type):
    cls = schema.model(item_type)
    unit_type = cls._by_key[key].type_str
    base = generic.unit_base(rtype.name, key, unit_type)
    if base is not None:
        return base not in params or rec[base] == generic.scale(params[base], unit_type, value)
    if (rtype.name, key) in generic.HIDDEN:
        return rec.get("_" + key) == value
    field = generic.relation_key(rtype, key)
    if field is None:
        return False
    if field in rtype.relations:
        ids = engine.store.related_ids(rtype.name, rec, field)
        if isinstance(value, dict) and not unit_type.endswith("WhereInput"):  # the related record's own params
            related = engine.store.get(rtype.relations[field][1], ids[0]) if ids else None
            target = schema.resource(rtype.relations[field][1])
            return related is not None and all(_landed(engine, target, related, k, v, value, unit_type)
                                               for k, v in value.items())
        if isinstance(value, dict):
            expected = [r["id"] for r in engine.store.query(rtype.relations[field][1], {"where": value})]
        else:
            expected = list(value) if isinstance(value, list) else [value]
        return sorted(ids) == sorted(expected)
    if field == "exclude_ids":
        return rec[field] == [r["id"] for r in engine.store.query("Vm", {"where": value})]
    base_of = [k for k in params if generic.unit_base(rtype.name, k, cls._by_key[k].type_str) == key]
    if base_of:
        return True  # checked with its unit
    expected = generic.coerce(engine, rtype.fields[field].type_str, value)
    return _without_ids(rec[field]) == _without_ids(expected)  # ids of embedded objects are new ones


def _without_ids(value):
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    if isinstance(value, dict):
        return dict((k, _without_ids(v)) for k, v in value.items() if k != "id")
    return value


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_every_field_of_a_generic_operation_lands(engine, op):
    type_name, verb = lookup(op).generic
    rtype = schema.resource(type_name)
    root = engine.store.all("User")[0]["id"]
    target_id = sample_id(engine, type_name, fresh=verb == "delete") if verb != "create" else None
    body, params = _body(engine, op, type_name, verb, target_id)
    status, answer = engine.handle(op, body, root)
    check_shape(op, answer)
    with engine.lock:
        engine.settle(force=True)
    answers = answer if isinstance(answer, list) else [answer]
    task = engine.store.get("Task", answers[0]["task_id"])
    assert task["status"] == "SUCCESSED", task["error_message"]
    if verb == "delete":
        assert engine.store.get(type_name, target_id) is None
        return
    rec = engine.store.get(type_name, answers[0]["data"]["id"])
    assert rec is not None
    ctx = types.WireContext(validate=True, attribute_names=False, what=type_name)
    types.parse(type_name).to_wire(engine.store.render(type_name, rec), ctx, [])  # as get-X would answer it
    item_type = generic._item_type(op, verb)
    lost = [k for k, v in params.items() if not _landed(engine, rtype, rec, k, v, params, item_type)]
    assert not lost, "%s: these fields of the body do not land on the %s: %s" % (op.name, type_name, lost)
