# coding: utf-8
"""What the simulator knows about the API, read from the SDK's generated metadata.

Nothing here is a hand-kept list of paths or fields:

* every operation of every generated ``Api`` class, by path (:func:`operations`);
* the resource types: each ``get-<plural>`` operation that takes a
  ``Get...RequestBody`` (with a ``where`` of ``<X>WhereInput``) and returns
  ``list[X]`` makes ``X`` a resource type (:func:`resources`);
* the relations of a resource type: a field typed ``Nested<Y>`` or
  ``list[Nested<Y>]`` where ``Y`` is a resource type (:class:`ResourceType`).
  One side of each relation is stored (ids in the record) and the inverse
  side, when there is exactly one, is derived from the store's reverse index.
"""
import threading

from .. import api as _api
from .. import models as _models

_lock = threading.RLock()
_cache = {}
_MISSING = object()


def model(name):
    """The generated model or enum class ``name`` (no deprecated aliases)."""
    return _memo(("model", name), lambda: _models.resolve(name) if name in _models._MODULES else None)


def _memo(key, build):
    hit = _cache.get(key, _MISSING)
    if hit is not _MISSING:
        return hit
    with _lock:
        if key not in _cache:
            _cache[key] = build()
        return _cache[key]


def operations():
    """{path: Operation} of every operation (554 paths)."""
    def build():
        out = {}
        for cls_name in sorted(_api._MODULES):
            cls = getattr(_api, cls_name)
            for _name, op in sorted(cls.operations().items()):
                out.setdefault(op.path, op)
        return out
    return _memo("operations", build)


def _inner(type_str):
    """("list", "X") for "list[X]", (None, "X") otherwise."""
    if type_str and type_str.startswith("list[") and type_str.endswith("]"):
        return "list", type_str[5:-1]
    return None, type_str


def query_operations():
    """{path: (resource type name, "list" | "count")} of every get-<plural>[-connection] operation."""
    def build():
        out = {}
        for path, op in operations().items():
            if not op.body_type or not op.returns:
                continue
            body = model(op.body_type)
            if body is None or getattr(body, "_is_enum", False) or "where" not in body._by_key:
                continue
            where_type = body._by_key["where"].type_str
            if not where_type.endswith("WhereInput"):
                continue
            name = where_type[:-len("WhereInput")]
            kind, inner = _inner(op.returns)
            if kind == "list" and inner == name and path.startswith("/get-"):
                out[path] = (name, "list")
            elif kind is None and op.returns == name + "Connection" and path.startswith("/get-"):
                out[path] = (name, "count")
        return out
    return _memo("query_operations", build)


def resource_names():
    def build():
        names = set(name for name, kind in query_operations().values())
        return frozenset(n for n in names if model(n) is not None and "id" in model(n)._by_key)
    return _memo("resource_names", build)


def nested_target(type_str):
    """("one" | "many", Y) when ``type_str`` is Nested<Y> / list[Nested<Y>] of a resource Y, else None."""
    kind, inner = _inner(type_str)
    if inner.startswith("Nested") and inner[6:] in resource_names():
        return ("many" if kind == "list" else "one"), inner[6:]
    return None


class ResourceType(object):
    """The shape of one resource type X: fields, relations, how each is stored."""

    def __init__(self, name):
        self.name = name
        self.cls = model(name)
        self.fields = self.cls._by_key  # wire key -> Field
        self.relations = {}  # key -> ("one"|"many", target type)
        for key, field in self.fields.items():
            target = nested_target(field.type_str)
            if target is not None:
                self.relations[key] = target
        self.scalars = [k for k in self.fields if k not in self.relations]
        self._inverse = None
        self._template = None

    def template(self):
        """(scalar defaults, mutable keys, stored relation defaults) of a new record."""
        if self._template is None:
            rec = {}
            for key, field in self.fields.items():
                if key in self.relations:
                    if self.stored(key):
                        rec[key] = [] if self.relations[key][0] == "many" else None
                elif field.required:
                    rec[key] = default_for(field.type_str)
                else:
                    rec[key] = None
            mutable = [k for k, v in rec.items() if isinstance(v, (list, dict))]
            self._template = (rec, mutable)
        return self._template

    def inverse(self, key):
        """For a relation ``key``: (target type, target key) of the one inverse relation, or None."""
        if self._inverse is None:
            inv = {}
            for key_, (_card, target) in self.relations.items():
                other = resource(target)
                candidates = [k for k, (c, t) in other.relations.items() if t == self.name]
                if len(candidates) == 1 and not (target == self.name and candidates[0] == key_):
                    mine = [k for k, (c, t) in self.relations.items() if t == target]
                    if len(mine) == 1:
                        inv[key_] = (target, candidates[0])
            self._inverse = inv
        return self._inverse.get(key)

    def stored(self, key):
        """Whether relation ``key`` is stored in this type's records (else derived from the inverse)."""
        return _memo(("stored", self.name, key), lambda: self._stored(key))

    def _stored(self, key):
        inv = self.inverse(key)
        if inv is None:
            return True
        card = self.relations[key][0]
        other_card = resource(inv[0]).relations[inv[1]][0]
        if card != other_card:
            return card == "one"  # the to-one side keeps the id
        return (self.name, key) < inv  # both the same: the smaller name keeps it


def resource(name):
    return _memo(("resource", name), lambda: ResourceType(name))


# -- default values -----------------------------------------------------------------

def default_for(type_str, now="1970-01-01T00:00:00.000Z", depth=0):
    """A value of ``type_str`` that satisfies the schema (required parts only)."""
    kind, inner = _inner(type_str)
    if kind == "list":
        return []
    if inner == "str":
        return ""
    if inner == "int":
        return 0
    if inner == "float":
        return 0.0
    if inner == "bool":
        return False
    if inner == "object":
        return {}
    if inner == "datetime":
        return now
    cls = model(inner)
    if cls is None:
        return None
    if getattr(cls, "_is_enum", False):
        return cls.allowable_values[0] if cls.allowable_values else ""
    if depth > 4:
        return {}
    return dict((f.key, default_for(f.type_str, now, depth + 1)) for f in cls._fields if f.required)


# -- where-input compilation plan -----------------------------------------------------

SUFFIXES = ("_not_starts_with", "_not_ends_with", "_not_contains", "_starts_with", "_ends_with",
            "_not_in", "_contains", "_some", "_every", "_none", "_not", "_in", "_lte", "_gte", "_lt", "_gt")


def where_key(rtype, key):
    """(field key, operator) for a where key of resource type ``rtype``; operator "" is equality."""
    cache = _memo(("where", rtype.name), dict)
    hit = cache.get(key)
    if hit is None:
        if key in rtype.fields:
            hit = (key, "")
        else:
            hit = (None, None)
            for suffix in SUFFIXES:
                if key.endswith(suffix) and key[:-len(suffix)] in rtype.fields:
                    hit = (key[:-len(suffix)], suffix[1:])
                    break
        cache[key] = hit
    return hit


def order_key(value):
    """(field, descending) of an orderBy value ``field_ASC`` / ``field_DESC``."""
    if value.endswith("_ASC"):
        return value[:-4], False
    if value.endswith("_DESC"):
        return value[:-5], True
    return value, False
