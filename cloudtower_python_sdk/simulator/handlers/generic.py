# coding: utf-8
"""Generic create / update / delete of any resource type.

An operation ``create-X``/``update-X`` answering ``WithTask<X>`` (or ``delete-X`` answering
``WithTaskDelete<X>``) for a resource type ``X`` and without a handler of its own maps its body onto
the store: same-named fields, ``x_id``/``x_ids`` and where-inputs for relations.
"""
from .. import schema
from ..errors import HttpError, TaskFailure
from .common import draft, find, require, snake, with_task
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
    if isinstance(body, list):
        items = body
    elif isinstance(body, dict) and "where" not in body and isinstance(body.get("data"), (list, dict)):
        items = body["data"] if isinstance(body["data"], list) else [body["data"]]
    else:
        items = [body]
    item_type = _item_type(call.op, "create")
    plans = [dict(CREATE_DEFAULTS.get(type_name, {}), **map_values(engine, rtype, item or {}, item_type))
             for item in items]
    out = []
    for i, values in enumerate(plans):
        if values.get("id") and store.get(type_name, values["id"]) is not None:
            raise HttpError(400, "%s %r already exists ([%d].id)" % (type_name, values["id"], i))
        values["id"] = values.get("id") or store.new_id()
        placeholder = draft(engine, type_name, values)

        def effect(values=values):
            nested = values.pop("_nested", None)
            rec = store.insert(type_name, values)
            write_nested(engine, type_name, rec["id"], nested)
            if type_name in AFTER:
                AFTER[type_name](engine, rec)
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
    values = map_values(engine, rtype, body.get("data") or {}, _item_type(call.op, verb)) if verb == "update" else None
    out = []
    for rec in targets:
        rec_id = rec["id"]

        def effect(rec_id=rec_id):
            if store.get(type_name, rec_id) is None:
                raise TaskFailure("%s %s no longer exists" % (type_name, rec_id), "EResourceNotFound")
            if verb == "update":
                changes = dict(values)
                nested = changes.pop("_nested", None)
                store.update(type_name, rec_id, changes)
                write_nested(engine, type_name, rec_id, nested)
                if type_name in AFTER:
                    AFTER[type_name](engine, store.get(type_name, rec_id))
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


def _item_type(op, verb):
    """The params model of one created item (create) or of ``data`` (update)."""
    kind, inner = schema._inner(op.body_type)
    cls = schema.model(inner)
    if cls is None or getattr(cls, "_is_enum", False):
        return None
    if "data" in cls._by_key and (verb == "update" or "where" not in cls._by_key):
        return schema._inner(cls._by_key["data"].type_str)[1]
    return inner


def _generic(type_name, verb, many):
    def handler(call):
        out = _create(call, type_name) if verb == "create" else _change(call, type_name, verb)
        if many:
            return out
        if not out:  # a single answer needs a record
            raise HttpError(400, "No %s matches where" % type_name)
        return out[0]
    handler.generic = (type_name, verb)
    return handler


# A body key that maps onto a field or relation of another name: (type, key) -> field.
ALIASES = {
    ("AlertNotifier", "smtp_server_id"): "smtp_server_config",
    ("ConsistencyGroup", "iscsi_luns_ids"): "iscsi_luns",
    ("ConsistencyGroup", "namespaces_ids"): "namespaces",
    ("NvmfNamespace", "group_id"): "namespace_group",
    ("User", "role_id"): "roles",
    ("Vds", "nicIds"): "nics",
    ("VirtualPrivateCloudRouterGateway", "associated_subnets_ids"): "associated_subnets",
    ("VmPlacementGroup", "must_hosts"): "vm_host_must_host_uuids",
    ("VmPlacementGroup", "prefer_hosts"): "vm_host_prefer_host_uuids",
    ("EntityFilter", "exclude_vms"): "exclude_ids",
    ("GpuDevice", "usage"): "user_usage",
    ("GpuDevice", "vgpu_spec"): "user_vgpu_type_id",
    ("Nic", "nic_user_usage"): "user_usage",
    ("Cluster", "datacenter_id"): "datacenters",
}

# A body key the API never shows back (a secret, a setting of the real system): kept on the record
# as ``_<key>`` so that it is not lost, with the reason.
HIDDEN = {
    ("User", "password"): "a password is never shown (it also logs the user in)",
    ("VcenterAccount", "password"): "a password is never shown",
    ("Cluster", "password"): "a password is never shown",
    ("Cluster", "username"): "the cluster's login is not part of the Cluster object",
    ("Task", "api_key_name"): "the API key a task was made with is not part of the Task object",
    ("UserAuditLog", "api_key_name"): "the API key is not part of the audit log object",
    ("UserAuditLog", "key"): "the audit key is not part of the audit log object",
    ("VirtualPrivateCloud", "vpc_service_id"): "the VPC service is not part of the VPC object",
    ("ConsistencyGroup", "remain_volume_snapshot"): "an effect flag for the volumes' snapshots",
    ("BackupPlan", "disconnect_strategy"): "not part of the BackupPlan object",
    ("Cluster", "primary_zone_id"): "stretched-cluster zone placement is not part of the Cluster object",
    ("Cluster", "primary_zone_datacenter_id"): "stretched-cluster zone placement is not part of the Cluster object",
    ("Cluster", "secondary_zone_id"): "stretched-cluster zone placement is not part of the Cluster object",
    ("Cluster", "secondary_zone_datacenter_id"): "stretched-cluster zone placement is not part of the Cluster object",
    ("Cluster", "license"): "the license code itself is not shown, only its type and dates",
    ("License", "license"): "the license code itself is not shown, only its serial and dates",
    ("Cluster", "mgt_ip_mapper"): "the management IP mapping is not part of the Cluster object",
    ("Vlan", "extra_ip"): "extra IPs of a system VLAN are not part of the Vlan object",
    ("GlobalAlertRule", "clusters"): "per-cluster rule overrides are not part of the GlobalAlertRule object",
    ("Graph", "connect_id"): "the peers of a network graph are not part of the Graph object",
    ("Ipmi", "password"): "a password is never shown",
    ("Vds", "vlan"): "the params of the VLAN created with the VDS (that VLAN exists afterwards)",
}


def _user_login(engine, rec):
    """A created or updated user's password logs it in."""
    if rec.get("_password") is not None:
        engine.passwords[(rec["username"], rec.get("source") or "LOCAL")] = rec["_password"]


def _vds_vlan(engine, rec):
    """A VDS created with a VLAN gets it."""
    p = rec.get("_vlan")
    if p and not engine.store.related_ids("Vds", rec, "vlans"):
        engine.store.insert("Vlan", dict(name=p.get("name") or "vlan-%s" % rec["name"], vlan_id=p.get("vlan_id") or 0,
                                         vds=rec["id"], type="MIGRATION" if p.get("extra_ip") else "ACCESS",
                                         gateway_ip=p.get("gateway_ip"), subnetmask=p.get("subnetmask"),
                                         gateway_subnetmask=p.get("gateway_subnetmask"),
                                         local_id=engine.store.new_uuid()))


# Values a created record of a type has unless the body says otherwise (the schema's first enum value is
# not always Tower's default).
CREATE_DEFAULTS = {"User": {"source": "LOCAL"}}

# What else a generic change does for a type, after the record is written.
AFTER = {"User": _user_login, "Vds": _vds_vlan}

_UNITS = {
    "ByteUnit": {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3, "TB": 1024 ** 4, "PB": 1024 ** 5},
    "BPSUnit": {"Bps": 1, "KBps": 1024, "MBps": 1024 ** 2, "GBps": 1024 ** 3, "TBps": 1024 ** 4},
    "BitUnit": {"bit": 1, "Kb": 1024, "Mb": 1024 ** 2, "Gb": 1024 ** 3, "Tb": 1024 ** 4, "Pb": 1024 ** 5},
    "BitPSUnit": {"bps": 1, "Kbps": 1024, "Mbps": 1024 ** 2, "Gbps": 1024 ** 3, "Tbps": 1024 ** 4},
}
_UNIT_OF = {("IscsiTarget", "bps_wr_max_size"): "bps_wr_max"}  # the API names this unit oddly


def unit_base(type_name, key, unit_type):
    """The field a unit key (``size_unit``, ``bps_max_unit``) scales, or None when ``key`` is no unit."""
    if unit_type not in _UNITS:
        return None
    if (type_name, key) in _UNIT_OF:
        return _UNIT_OF[(type_name, key)]
    return key[:-5] if key.endswith("_unit") else None


def scale(value, unit_type, unit):
    """``value`` in ``unit`` (of the enum ``unit_type``) in the base unit (bytes, bits)."""
    return int(value * _UNITS[unit_type][unit]) if value is not None else None


def relation_target(rtype, key):
    """The resource type the body key ``key`` refers to (``cluster_id`` -> Cluster), or None."""
    if rtype is None:
        return None
    field = relation_key(rtype, key)
    if field in rtype.relations:
        return rtype.relations[field][1]
    if (rtype.name, key) == ("EntityFilter", "exclude_vms"):
        return "Vm"
    return None


def relation_key(rtype, key):
    """The record field the body key ``key`` sets: the key itself, an alias, ``x`` of ``x_id``/``x_ids``."""
    if (rtype.name, key) in ALIASES:
        return ALIASES[(rtype.name, key)]
    if key in rtype.fields:
        return key
    for suffix, plural in (("_id", False), ("_ids", True), ("Ids", True)):
        if key.endswith(suffix):
            base = key[:-len(suffix)]
            for candidate in ((base + "s", base) if plural else (base, base + "s")):
                if candidate in rtype.relations:
                    return candidate
    return None


def map_values(engine, rtype, data, body_type=None):
    """Creation/updation params -> record values: same-named fields, aliases, ``x_id``/``x_ids`` and
    where-inputs for relations, ``x_unit`` scaling ``x``, secrets kept hidden."""
    values = {}
    units = _unit_fields(rtype, body_type)
    cls = schema.model(body_type) if body_type else None
    for key, value in data.items():
        if key in units:
            continue
        if (rtype.name, key) in HIDDEN:
            values["_" + key] = value
            continue
        field = relation_key(rtype, key)
        if field is None:
            continue
        if field in rtype.relations:
            card, target = rtype.relations[field]
            param_type = cls._by_key[key].type_str if cls is not None and key in cls._by_key else ""
            if isinstance(value, dict) and not param_type.endswith("WhereInput") and param_type:
                # the params of the related record itself (a host's IPMI): written after this one
                values.setdefault("_nested", {})[field] = map_values(engine, schema.resource(target), value,
                                                                     param_type)
            elif isinstance(value, dict):  # a where-input
                ids = [r["id"] for r in find(engine, target, value)]
                values[field] = ids if card == "many" else (ids[0] if ids else None)
            elif isinstance(value, list):
                for i, id_ in enumerate(value):
                    require(engine, target, id_, "%s[%d]" % (key, i))
                values[field] = list(value) if card == "many" else (value[0] if value else None)
            elif isinstance(value, str):
                require(engine, target, value, key)
                values[field] = [value] if card == "many" else value
            elif value is None:
                values[field] = [] if card == "many" else None
        elif isinstance(value, dict) and rtype.fields[field].type_str.endswith("WhereInput"):
            continue
        elif isinstance(value, dict) and key != field and field == "exclude_ids":
            values[field] = [r["id"] for r in find(engine, "Vm", value)]
        else:
            values[field] = coerce(engine, rtype.fields[field].type_str, value)
    given = {}
    for key, (base, unit_type) in units.items():
        if data.get(key) is not None:
            if base in given and given[base] != data[key]:
                raise HttpError(400, "Two different units for %s: %s and %s (%s)" % (base, given[base], data[key], key))
            if base in values and base not in given:
                values[base] = scale(values[base], unit_type, data[key])
            given[base] = data[key]
    return values


def coerce(engine, type_str, value, depth=0):
    """``value`` (from a body) in the shape of a record field of ``type_str``: a localized text
    (``{"en-US": ...}``) as its English, a float as an int, an object with the model's fields only (a
    required one it lacks gets the model's default, a missing ``id`` a new id)."""
    kind, inner = schema._inner(type_str)
    if value is None:
        return None
    if kind == "list":
        return [coerce(engine, inner, v, depth + 1) for v in value] if isinstance(value, list) else value
    if inner == "str" and isinstance(value, dict):
        return value.get("en-US") or next(iter(value.values()), "")
    if inner == "int" and isinstance(value, float):
        return int(value)
    cls = schema.model(inner)
    if cls is None or getattr(cls, "_is_enum", False) or not isinstance(value, dict) or depth > 5:
        return value
    out = {}
    for f in cls._fields:
        if f.key in value:
            out[f.key] = coerce(engine, f.type_str, value[f.key], depth + 1)
        elif f.key == "id":
            out["id"] = engine.store.new_id()
        elif f.required:
            out[f.key] = schema.default_for(f.type_str)
    return out


def write_nested(engine, type_name, rec_id, nested):
    """Write the related records' params ``map_values`` set aside: update the related record, or create it."""
    store = engine.store
    rtype = schema.resource(type_name)
    for field, values in (nested or {}).items():
        target = rtype.relations[field][1]
        rec = store.get(type_name, rec_id)
        ids = store.related_ids(type_name, rec, field)
        if ids:
            store.update(target, ids[0], values)
        else:
            related = store.insert(target, dict(values, local_id=store.new_uuid()))
            store.update(type_name, rec_id, {field: [related["id"]] if rtype.relations[field][0] == "many"
                                             else related["id"]})


def _unit_fields(rtype, body_type):
    """{unit key: (field it scales, unit enum)} of a params model."""
    cls = schema.model(body_type) if body_type else None
    out = {}
    for f in (cls._fields if cls is not None else ()):
        base = unit_base(rtype.name, f.key, f.type_str)
        if base is not None:
            out[f.key] = (base, f.type_str)
    return out
