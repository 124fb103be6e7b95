# coding: utf-8
"""Filters: a where-input of a resource type as a predicate over its records, with Prisma 1's semantics.

SQL's three-valued logic, as Prisma 1 runs on PostgreSQL: a comparison with
NULL is unknown (``None``), AND/OR/NOT combine with Kleene's rules, and a row
matches only when the whole where is ``True``::

    pred = compile_where(store, "Vm", {"status": "RUNNING", "cluster": {"name": "c1"}})
    running = [r for r in store.all("Vm") if pred(r) is True]
"""
import operator

from . import schema

_MISSING = object()


class QueryError(Exception):
    """A query the simulator cannot answer (answered as 400); ``props`` go to the ErrorBody."""

    def __init__(self, message, props=None):
        Exception.__init__(self, message)
        self.props = props


def compile_where(store, type_name, where):
    """A predicate ``record -> True | False | None`` for a where-input of ``type_name``.

    SQL's three-valued logic, as Prisma 1 runs on PostgreSQL: a comparison with NULL is unknown
    (``None``), AND/OR/NOT combine with Kleene's rules, and a row matches only when the where is
    ``True``.  ``field: null``/``field_not: null`` (IS [NOT] NULL) and relation filters are never
    unknown.
    """
    rtype = schema.resource(type_name)
    preds = [_compile_one(store, rtype, key, value) for key, value in where.items()]
    return _and(preds)

def _compile_one(store, rtype, key, value):
    type_name = rtype.name
    if key in ("AND", "OR", "NOT"):
        subs = [compile_where(store, type_name, w) for w in (value or []) if w is not None]
        if key == "AND":
            return _and(subs)
        if key == "OR":
            return _or(subs)
        # NOT: [a, b] = TRUE AND NOT a AND NOT b (neither a nor b)
        return _and([_not(p) for p in subs])
    field, op = schema.where_key(rtype, key)
    if field is None:
        raise QueryError("The simulator cannot filter %s on '%s'" % (type_name, key))
    if field in rtype.relations:
        card, target = rtype.relations[field]
        related = store.related
        if op == "" and card == "one":
            if value is None:
                return lambda r: not store.related_ids(type_name, r, field)
            sub = _memo_pred(store, target, value)
            return lambda r: any(sub(x) is True for x in related(type_name, r, field))
        if card == "many" and op in ("some", "every", "none"):
            sub = _memo_pred(store, target, value or {})
            if op == "some":  # id IN (SELECT ... WHERE sub)
                return lambda r: any(sub(x) is True for x in related(type_name, r, field))
            if op == "every":  # id NOT IN (SELECT ... WHERE NOT sub): an unknown sub does not count against
                return lambda r: not any(sub(x) is False for x in related(type_name, r, field))
            # none: id NOT IN (SELECT ... WHERE sub)
            return lambda r: not any(sub(x) is True for x in related(type_name, r, field))
        raise QueryError("The simulator cannot filter %s on '%s'" % (type_name, key))
    if isinstance(value, dict):
        raise QueryError("The simulator cannot filter %s on the object field '%s'" % (type_name, key))
    return _scalar_pred(field, op, value)

def _memo_pred(store, type_name, where):
    pred = compile_where(store, type_name, where)
    cache = {}

    def memo(rec):
        i = rec["id"]
        hit = cache.get(i, _MISSING)
        if hit is _MISSING:
            hit = cache[i] = pred(rec)
        return hit
    return memo


def _and(preds):
    """Kleene AND: False if any is False, else unknown if any is unknown, else True (empty: True)."""
    if not preds:
        return lambda r: True
    if len(preds) == 1:
        return preds[0]

    def both(r):
        out = True
        for p in preds:
            v = p(r)
            if v is False:
                return False
            if v is None:
                out = None
        return out
    return both


def _or(preds):
    """Kleene OR: True if any is True, else unknown if any is unknown, else False (empty: True, as Prisma 1)."""
    if not preds:
        return lambda r: True
    if len(preds) == 1:
        return preds[0]

    def either(r):
        out = False
        for p in preds:
            v = p(r)
            if v is True:
                return True
            if v is None:
                out = None
        return out
    return either


def _not(pred):
    def negated(r):
        v = pred(r)
        return None if v is None else not v
    return negated


def _scalar_pred(field, op, target):
    """``record -> True | False | None``: SQL's comparison of a column with a value (None: NULL, unknown)."""
    if op == "" and target is None:  # IS NULL
        return lambda r: r.get(field) is None
    if op == "not" and target is None:  # IS NOT NULL
        return lambda r: r.get(field) is not None
    if op in ("in", "not_in"):
        values = list(target or [])
        if not values:  # jOOQ: IN () is 1 = 0, NOT IN () is 1 = 1 -- NULLs included
            return (lambda r: False) if op == "in" else (lambda r: True)
        if values == [None]:  # Prisma 1: IN (null) is IS NULL, NOT IN (null) IS NOT NULL
            if op == "in":
                return lambda r: r.get(field) is None
            return lambda r: r.get(field) is not None
        has_null = any(v is None for v in values)
        present = [v for v in values if v is not None]
        s = _hashable_set(present)
        # x IN (a, b, NULL) is TRUE when x is a or b, else NULL; NOT IN is its negation.
        miss = None if has_null else False
        if op == "in":
            def in_(r):
                v = r.get(field)
                if v is None:
                    return None
                return True if _in(v, s, present) else miss
            return in_

        def not_in(r):
            v = r.get(field)
            if v is None:
                return None
            return False if _in(v, s, present) else (None if has_null else True)
        return not_in
    if target is None:  # any other comparison with NULL is unknown
        return lambda r: None
    if op == "":
        def eq(r):
            v = r.get(field)
            return None if v is None else v == target
        return eq
    if op == "not":
        def ne(r):
            v = r.get(field)
            return None if v is None else v != target
        return ne
    if op in ("lt", "lte", "gt", "gte"):
        fn = {"lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge}[op]

        def cmp(r):
            v = r.get(field)
            if v is None:
                return None
            try:
                return fn(v, target)
            except TypeError:
                return False
        return cmp
    text_ops = {
        "contains": lambda v: target in v,
        "not_contains": lambda v: target not in v,
        "starts_with": lambda v: v.startswith(target),
        "not_starts_with": lambda v: not v.startswith(target),
        "ends_with": lambda v: v.endswith(target),
        "not_ends_with": lambda v: not v.endswith(target),
    }
    fn = text_ops.get(op)
    if fn is None:
        raise QueryError("Unknown filter operator '%s'" % op)

    def text(r):
        v = r.get(field)
        if v is None:
            return None
        return isinstance(v, str) and fn(v)
    return text


def _hashable_set(values):
    try:
        return frozenset(values)
    except TypeError:
        return None


def _in(v, s, values):
    if s is not None:
        try:
            return v in s
        except TypeError:
            pass
    return v in values
