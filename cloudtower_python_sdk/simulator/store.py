# coding: utf-8
"""The simulator's world: normalized records of every resource type, and queries over them.

A record is a dict keyed by wire names.  A *stored* relation field holds an
id (to-one) or a list of ids (to-many); the inverse side of a relation is not
stored but derived from a reverse index, so both sides always agree.
Queries follow CloudTower's (Prisma 1) semantics: see :meth:`Store.query`.
"""
import copy
import random

from . import schema
from .changes import ChangeLog, record, snapshot
from .query import QueryError, compile_where  # noqa: F401  (QueryError re-exported)


class Store(object):
    """Records by type and id, with reverse indexes of the stored relations.

    Not thread-safe by itself: the server holds the world's lock around every use.
    """

    def __init__(self, seed=0, changes=None):
        self.tables = {}  # type -> {id: record}   (ids sort in creation order)
        self.changes = changes if changes is not None else ChangeLog()
        self.rev = {}  # (type, key) -> {target id: set(ids)}
        self.rng = random.Random(seed)
        self.next_number = 1  # of the next id (ids sort in creation order)

    # -- ids -------------------------------------------------------------
    def new_id(self):
        n = self.next_number
        self.next_number += 1
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        s = ""
        while n:
            n, r = divmod(n, 36)
            s = digits[r] + s
        return "ck" + s.rjust(8, "0") + "%015x" % self.rng.getrandbits(60)

    def new_uuid(self):
        h = "%032x" % self.rng.getrandbits(128)
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])

    def table(self, type_name):
        t = self.tables.get(type_name)
        if t is None:
            t = self.tables[type_name] = {}
        return t

    def get(self, type_name, id_):
        return self.tables.get(type_name, {}).get(id_)

    def all(self, type_name):
        return list(self.tables.get(type_name, {}).values())

    # -- writes ----------------------------------------------------------
    def insert(self, type_name, values):
        """Add a record: ``values`` (wire keys, relations as ids) over schema defaults; returns it."""
        rtype = schema.resource(type_name)
        template, mutable = rtype.template()
        rec = dict(template)
        for key in mutable:
            rec[key] = copy.deepcopy(template[key])
        rec["id"] = values.get("id") or self.new_id()
        relations = rtype.relations
        linked = []
        for key, value in values.items():
            if key in relations:
                linked.append((key, value))
            elif key != "id":
                rec[key] = value
        self.changes.created(type_name, rec["id"])
        rec = record(self.changes, type_name, rec)  # complete before it reports changes
        self.table(type_name)[rec["id"]] = rec
        for key, value in linked:
            self.set(type_name, rec["id"], key, value)
        return rec

    def set(self, type_name, id_, key, value):
        """Set one field of a record; relations (either side) take ids."""
        rtype = schema.resource(type_name)
        rec = self.get(type_name, id_)
        if key not in rtype.relations:
            rec[key] = value
            return
        card, target = rtype.relations[key]
        if rtype.stored(key):
            old = rec.get(key)
            index = self.rev.setdefault((type_name, key), {})
            for t in (old or []) if card == "many" else ([old] if old else []):
                index.get(t, set()).discard(id_)
            if card == "many":
                value = list(dict.fromkeys(value or []))
                for t in value:
                    index.setdefault(t, set()).add(id_)
            elif value:
                index.setdefault(value, set()).add(id_)
            rec[key] = value
            return
        # Derived side: change the inverse records.
        other_type, other_key = rtype.inverse(key)
        other_card = schema.resource(other_type).relations[other_key][0]
        new = set(value or []) if card == "many" else (set([value]) if value else set())
        old = set(self.related_ids(type_name, rec, key))
        for oid in old - new:
            orec = self.get(other_type, oid)
            if orec is None:
                continue
            if other_card == "many":
                self.set(other_type, oid, other_key, [x for x in orec[other_key] if x != id_])
            else:
                self.set(other_type, oid, other_key, None)
        for oid in new - old:
            orec = self.get(other_type, oid)
            if orec is None:
                continue
            if other_card == "many":
                lst = orec[other_key]
                if lst is None:
                    lst = orec[other_key] = []
                if id_ not in self.rev.setdefault((other_type, other_key), {}).setdefault(id_, set()):
                    self.changes.touch(other_type, orec)  # an in-place change: tell the log first
                    lst.append(id_)
                    self.rev[(other_type, other_key)][id_].add(oid)
            else:
                self.set(other_type, oid, other_key, id_)

    def update(self, type_name, id_, values):
        for key, value in values.items():
            self.set(type_name, id_, key, value)

    def delete(self, type_name, id_):
        rtype = schema.resource(type_name)
        rec = self.get(type_name, id_)
        if rec is None:
            return
        self.changes.touch(type_name, rec)
        for key, (card, _target) in rtype.relations.items():
            if rtype.stored(key):
                self.set(type_name, id_, key, [] if card == "many" else None)
        del self.tables[type_name][id_]

    # -- loading -----------------------------------------------------------
    def load_tables(self, tables):
        """Put saved records (wire-keyed dicts by type and id) in the store, then index them."""
        names = schema.resource_names()
        for type_name, table in tables.items():
            if type_name not in names:
                continue
            t = self.table(type_name)
            for id_, rec in table.items():
                t[id_] = record(self.changes, type_name, rec)
        self.reindex()

    def put_raw(self, type_name, id_, rec):
        """Replace (or with None remove) a record as saved, without relations bookkeeping: call
        :meth:`reindex` when done.  For replaying a journal."""
        if rec is None:
            self.tables.get(type_name, {}).pop(id_, None)
        elif type_name in schema.resource_names():
            self.table(type_name)[id_] = record(self.changes, type_name, snapshot(rec))  # not shared with the log

    def reindex(self):
        """Rebuild the reverse indexes from the stored relation fields."""
        self.rev = {}
        for type_name, table in self.tables.items():
            rtype = schema.resource(type_name)
            for key, (card, _target) in rtype.relations.items():
                if not rtype.stored(key):
                    continue
                index = self.rev.setdefault((type_name, key), {})
                for id_, rec in table.items():
                    value = rec.get(key)
                    for t in (value or []) if card == "many" else ([value] if value else []):
                        index.setdefault(t, set()).add(id_)

    # -- relations -------------------------------------------------------
    def related_ids(self, type_name, rec, key):
        """Ids of the records ``rec.key`` refers to (a list, creation order)."""
        rtype = schema.resource(type_name)
        card, target = rtype.relations[key]
        if rtype.stored(key):
            value = rec.get(key)
            if card == "many":
                return list(value or [])
            return [value] if value else []
        other_type, other_key = rtype.inverse(key)
        ids = self.rev.get((other_type, other_key), {}).get(rec["id"])
        return sorted(ids) if ids else []

    def related_count(self, type_name, rec, key):
        """``len(related_ids(...))`` without building (and sorting) the list."""
        rtype = schema.resource(type_name)
        if rtype.stored(key):
            return len(self.related_ids(type_name, rec, key))
        other_type, other_key = rtype.inverse(key)
        return len(self.rev.get((other_type, other_key), {}).get(rec["id"]) or ())

    def related(self, type_name, rec, key):
        target = schema.resource(type_name).relations[key][1]
        table = self.tables.get(target, {})
        out = []
        for i in self.related_ids(type_name, rec, key):
            r = table.get(i)
            if r is not None:
                out.append(r)
        return out

    def one(self, type_name, rec, key):
        r = self.related(type_name, rec, key)
        return r[0] if r else None

    # -- queries ---------------------------------------------------------
    def query(self, type_name, body, count_only=False):
        """Records of ``type_name`` matching a ``Get...RequestBody``.

        Order of application (Prisma 1): where, orderBy, after/before
        cursors (ids, exclusive), skip, then first (from the start) or last
        (from the end).
        """
        body = body or {}
        where = body.get("where")
        skip, first, last = body.get("skip"), body.get("first"), body.get("last")
        if first is not None and last is not None:
            # Prisma 1 refuses this before running the query (error 3014, InvalidConnectionArguments).
            raise QueryError("Including a value for both first and last is not supported. See the documentation "
                             "for an explanation of this restriction (Prisma error 3014: InvalidConnectionArguments)",
                             props={"prisma_code": 3014, "prisma_error": "InvalidConnectionArguments"})
        for name, value in (("skip", skip), ("first", first), ("last", last)):
            if value is not None and value < 0:
                raise QueryError("'%s' must not be negative, got %d" % (name, value))
        table = self.tables.get(type_name, {})
        candidates = None
        if where:
            if isinstance(where.get("id"), str):
                candidates = [where["id"]]
            elif isinstance(where.get("id_in"), list):
                candidates = sorted(set(i for i in where["id_in"] if isinstance(i, str)))
        if candidates is not None:
            records = [table[i] for i in candidates if i in table]
        else:
            records = list(table.values())
        if where:
            pred = self.compile(type_name, where)
            records = [r for r in records if pred(r) is True]
        order = body.get("orderBy")
        key, desc = self.sort_key(type_name, order)
        if count_only and not any(body.get(k) is not None for k in ("after", "before", "skip", "first", "last")):
            return records
        records.sort(key=key, reverse=desc)
        for cursor, is_after in ((body.get("after"), True), (body.get("before"), False)):
            if cursor is None:
                continue
            # Prisma 1: the cursor row's place in the order, from the whole table (the where does not
            # have to match it); a cursor id that no row has gives no rows.
            row = table.get(cursor)
            if row is None:
                return []
            mark = key(row)
            later = is_after != desc  # "after" in a descending order means a smaller key
            records = [r for r in records if (key(r) > mark if later else key(r) < mark)]
        if last is not None:
            if skip:
                records = records[:max(0, len(records) - skip)]
            records = records[max(0, len(records) - last):]
        else:
            if skip:
                records = records[skip:]
            if first is not None:
                records = records[:first]
        return records

    def sort_key(self, type_name, order):
        """``(key(record), descending)`` of an ``orderBy`` (None: by id, i.e. creation order).

        The key is (null?, value, id): NULLs sort as the largest value, as in PostgreSQL (last
        ascending, first descending), and ties are broken by id in the same direction, so the
        order is total and paging by cursor is stable while others insert.
        """
        if not order:
            return (lambda r: r["id"]), False
        rtype = schema.resource(type_name)
        field, desc = schema.order_key(order)
        if field not in rtype.fields:
            raise QueryError("%s cannot be ordered by %r" % (type_name, order))
        if field in rtype.relations:
            def value(r):
                ids = self.related_ids(type_name, r, field)
                return ids[0] if ids else None
        else:
            def value(r):
                return r.get(field)

        def key(r):
            v = _sortable(value(r))
            return (1, (), r["id"]) if v is None else (0, v, r["id"])
        return key, desc

    def compile(self, type_name, where):
        """A predicate ``record -> True | False | None`` for a where-input (see :mod:`.query`)."""
        return compile_where(self, type_name, where)


    # -- rendering -------------------------------------------------------
    def render(self, type_name, rec, shape=None):
        """``rec`` as the JSON object of schema ``shape`` (default: the type itself, else a Nested form)."""
        shape_cls = schema.model(shape or type_name)
        rtype = schema.resource(type_name)
        out = {}
        for f in shape_cls._fields:
            key = f.key
            if key in rtype.relations:
                card, target = rtype.relations[key]
                nested = schema.nested_target(f.type_str)
                inner = f.type_str[5:-1] if f.type_str.startswith("list[") else f.type_str
                related = self.related(type_name, rec, key)
                if nested is None:  # an odd shape: give the ids
                    out[key] = [r["id"] for r in related] if card == "many" else (related[0]["id"] if related else None)
                elif f.type_str.startswith("list["):
                    out[key] = [self.render(target, r, inner) for r in related]
                else:
                    out[key] = self.render(target, related[0], inner) if related else None
            else:
                out[key] = rec.get(key)
        return out


def _sortable(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return (0, int(v))
    if isinstance(v, (int, float)):
        return (0, v)
    if isinstance(v, str):
        return (1, v)
    return (2, repr(v))
