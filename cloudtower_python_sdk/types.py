# coding: utf-8
"""The type strings of the generated code, turned into small objects once.

A generated field says ``F("vm_nics", "list[NestedVmNic]")``; the first time
that field is used, ``parse("list[NestedVmNic]")`` builds (and caches) a
:class:`ListOf` of a :class:`Ref`.  Each type knows three things:

* ``from_json(value)``: turn a JSON value of an answer into SDK objects
  (lenient: a value of an unexpected shape is returned as it is);
* ``to_plain(value, serialize=False)``: the value for ``Model.to_dict()``;
* ``to_wire(value, ctx, path)``: check a value of a request and return its
  JSON form, raising ``ApiTypeError``/``ApiValueError`` that name the field.
"""
from __future__ import absolute_import

import datetime
import re

import six

from .exceptions import ApiTypeError, ApiValueError, render_path, suggest  # noqa: F401 (types.suggest)

_cache = {}


def parse(type_str):
    """The :class:`Type` for a type string such as ``"list[Vm]"`` (cached).

    >>> parse("list[int]").name
    'list[int]'
    """
    t = _cache.get(type_str)
    if t is None:
        if type_str.endswith("}"):  # limits: int{0,4095}, str{1,}, list[str]{1,}
            base, _, limits = type_str[:-1].rpartition("{")
            low, _, high = limits.partition(",")
            t = Bounded(parse(base), _limit(low), _limit(high), type_str)
        elif type_str.startswith("list[") and type_str.endswith("]"):
            t = ListOf(parse(type_str[5:-1]))
        elif type_str in _SCALARS:
            t = _SCALARS[type_str]
        else:
            t = Ref(type_str)
        _cache[type_str] = t
    return t


def unbounded(type_str):
    """A type string without its limits, as the peer SDKs spell it: ``list[int{2,3}]`` -> ``list[int]``."""
    return _LIMITS_RE.sub("", type_str) if "{" in type_str else type_str


_LIMITS_RE = re.compile(r"\{[^}]*\}")


def _limit(text):
    if not text:
        return None
    return float(text) if "." in text else int(text)


class WireContext(object):
    """Options of one request's serialization.

    ``validate``: check names, types, enum values and required fields.
    ``attribute_names``: also accept Python attribute names (``order_by``) in
    dicts; the simulator turns this off to accept only the wire names.
    """
    __slots__ = ("validate", "attribute_names", "what")

    def __init__(self, validate=True, attribute_names=True, what="request"):
        self.validate = validate
        self.attribute_names = attribute_names
        self.what = what


def path_list(path):
    """A breadcrumb ``((parent, "data"), "enable")`` (or a plain list) as ``["data", "enable"]``.

    Requests are checked with breadcrumbs, cheap to make, and turned into
    lists only for an error message.
    """
    keys = []
    while isinstance(path, tuple):
        path, key = path
        keys.append(key)
    keys.reverse()
    return list(path or []) + keys


def where(ctx, path):
    """``'data.enable' of update_vm_nic()``: where a bad value is, for messages."""
    where = render_path(path_list(path))
    return "%s of %s" % (("'%s'" % where) if where else "the body", ctx.what)


def _describe(value):
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return "%s %s" % (type(value).__name__, text)


class Type(object):
    """Base: a value that needs no conversion either way."""
    needs_conversion = False
    name = "object"

    def from_json(self, value):
        return value

    def converter(self):
        """The fastest function that does ``from_json``, or None when nothing is to convert."""
        return self.from_json if self.needs_conversion else None

    def resolve(self):
        """Import the classes this type names (before a worker thread needs them)."""

    def to_plain(self, value, serialize=False):
        """The value in ``Model.to_dict()`` (``serialize``: nested models keyed by wire names)."""
        return value

    def to_wire(self, value, ctx, path):
        return _plain_wire(value, ctx, path)

    def wire_check(self):
        """``(exact types, enum values, to_wire)`` for ``Model._fast_wire``.

        A value whose type is one of the exact types, or a string among the
        enum values, is its own JSON form and correct for this type; any other
        value goes through ``to_wire``.
        """
        return _JSON_ATOMS, _NO_VALUES, self.to_wire


class Scalar(Type):
    def __init__(self, name, accepted, label):
        self.name = name
        self.accepted = accepted
        self.label = label
        # Values of exactly these types need no look (floats do: NaN, and 4.0 for an int;
        # True is a bool, not an int, so it takes the long way and is refused for numbers).
        self.exact = frozenset(t for t in accepted if t is not float)

    def to_wire(self, value, ctx, path):
        if type(value) in self.exact:
            return value
        if type(value) is float and ctx.validate:
            if value != value or value in (float("inf"), float("-inf")):
                raise ApiValueError("Invalid value for %s: %r is not a number JSON can carry"
                                    % (where(ctx, path), value), path_to_item=path_list(path))
            if self.name == "int" and value.is_integer():
                return int(value)  # 4.0 * 1024 ** 3 is an integer (older SDKs typed memory as float)
        if self.name == "str" and isinstance(value, datetime.datetime):
            return iso_utc(value)  # timestamps (deleted_at_gt...) are strings in the API
        if ctx.validate and (not isinstance(value, self.accepted)
                             or isinstance(value, bool) and bool not in self.accepted):
            hint = ""
            if isinstance(value, six.string_types) and self.name in ("int", "float"):
                hint = "; pass a number, not a string"
            raise ApiTypeError("Invalid value for %s: expected %s, got %s%s"
                               % (where(ctx, path), self.label, _describe(value), hint),
                               path_to_item=path_list(path), valid_classes=self.accepted)
        return value

    def wire_check(self):
        return self.exact, _NO_VALUES, self.to_wire


def iso_utc(moment):
    """CloudTower's timestamp form, ``2024-05-01T08:00:00.000Z``; a naive datetime is taken as UTC."""
    if moment.tzinfo is not None:
        moment = (moment - moment.utcoffset()).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


class DateTime(Type):
    name = "datetime"
    needs_conversion = True

    def from_json(self, value):
        if isinstance(value, six.string_types):
            from dateutil.parser import parse as parse_date  # only when a date-time field is read
            try:
                return parse_date(value)
            except (ValueError, OverflowError):
                return value
        return value

    def to_plain(self, value, serialize=False):
        return self.from_json(value)

    def to_wire(self, value, ctx, path):
        if isinstance(value, datetime.datetime):
            return iso_utc(value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        if ctx.validate and not isinstance(value, six.string_types):
            raise ApiTypeError("Invalid value for %s: expected a datetime or an ISO 8601 string, got %s"
                               % (where(ctx, path), _describe(value)), path_to_item=path_list(path))
        return value

    def wire_check(self):
        return _STRINGS, _NO_VALUES, self.to_wire


class FileType(Type):
    """A multipart file part: an open file, bytes, a path, or a ``(filename, bytes[, mime type])`` tuple."""
    name = "file"

    def wire_check(self):
        return _NO_TYPES, _NO_VALUES, self.to_wire

    def to_wire(self, value, ctx, path):
        import os
        if isinstance(value, tuple) and len(value) in (2, 3):
            return value
        if isinstance(value, six.string_types) and os.path.isfile(value):
            with open(value, "rb") as f:
                return (os.path.basename(value), f.read())
        if isinstance(value, six.binary_type):
            return ("file", value)
        read = getattr(value, "read", None)
        if read is not None:
            return (os.path.basename(getattr(value, "name", None) or "file"), read())
        raise ApiTypeError("Invalid value for %s: pass an open file (open(path, 'rb')), bytes, an existing path, "
                           "or a (filename, bytes) tuple; got %s" % (where(ctx, path), _describe(value)),
                           path_to_item=path_list(path))


_SCALARS = {
    "str": Scalar("str", six.string_types, "a string"),
    "int": Scalar("int", six.integer_types, "an integer"),
    "float": Scalar("float", six.integer_types + (float,), "a number"),
    "bool": Scalar("bool", (bool,), "a boolean (True/False)"),
    "object": Type(),
    "datetime": DateTime(),
    "file": FileType(),
}


class ListOf(Type):
    def __init__(self, inner):
        self.inner = inner
        self.name = "list[%s]" % inner.name
        self._item_check = None  # inner.wire_check(), on first use (it may import a model)

    @property
    def needs_conversion(self):
        return self.inner.needs_conversion

    def from_json(self, value):
        if not isinstance(value, list) or not value:
            return value
        inner = self.inner
        if inner.needs_conversion:
            return [inner.from_json(v) for v in value]
        return value

    def to_plain(self, value, serialize=False):
        if isinstance(value, list):
            to_plain = self.inner.to_plain
            return [to_plain(v, serialize) for v in value]
        return value

    def resolve(self):
        self.inner.resolve()

    def wire_check(self):
        return _NO_TYPES, _NO_VALUES, self.to_wire

    def to_wire(self, value, ctx, path):
        if not isinstance(value, (list, tuple)):
            if ctx.validate:
                raise ApiTypeError("Invalid value for %s: expected a list, got %s; wrap it in [ ]"
                                   % (where(ctx, path), _describe(value)), path_to_item=path_list(path))
            return _plain_wire(value, ctx, path)
        if ctx.validate and None in value:
            i = list(value).index(None)
            raise ApiValueError("Invalid value for %s: a list item is None; leave it out"
                                % where(ctx, (path, i)), path_to_item=path_list((path, i)))
        check = self._item_check
        if check is None:
            check = self._item_check = self.inner.wire_check()
        exact, values, inner_wire = check
        return [v if type(v) in exact or type(v) in _STRINGS and v in values or v is None
                else inner_wire(v, ctx, (path, i)) for i, v in enumerate(value)]


class Bounded(Type):
    """A type with CloudTower's limits, checked in requests: a number's range, a string's length, a list's
    number of items (``int{0,4095}``, ``str{1,}``, ``list[str]{1,}``).  Answers are read as they come."""

    def __init__(self, base, low, high, name):
        self.base, self.low, self.high, self.name = base, low, high, name
        self.inner = getattr(base, "inner", None)  # a list's item type, as ListOf has it

    @property
    def needs_conversion(self):
        return self.base.needs_conversion

    def converter(self):
        return self.base.converter()

    def from_json(self, value):
        return self.base.from_json(value)

    def to_plain(self, value, serialize=False):
        return self.base.to_plain(value, serialize)

    def resolve(self):
        self.base.resolve()

    def wire_check(self):
        return _NO_TYPES, _NO_VALUES, self.to_wire  # every value is measured

    def to_wire(self, value, ctx, path):
        out = self.base.to_wire(value, ctx, path)
        if not ctx.validate:
            return out
        if isinstance(out, (list, six.string_types)):
            size, unit = len(out), ("item" if isinstance(out, list) else "character")
        elif isinstance(out, six.integer_types + (float,)) and not isinstance(out, bool):
            size, unit = out, None
        else:
            return out  # no size to measure: the base type has judged the value already
        if (self.low is not None and size < self.low) or (self.high is not None and size > self.high):
            def amount(n):
                return repr(n) if unit is None else "%d %s%s" % (n, unit, "" if n == 1 else "s")
            if self.low is not None and self.high is not None:
                accepted = "%s to %s" % (self.low, amount(self.high))
            elif self.low is not None:
                accepted = "at least %s" % amount(self.low)
            else:
                accepted = "at most %s" % amount(self.high)
            raise ApiValueError("Invalid value for %s: %s; CloudTower accepts %s"
                                % (where(ctx, path), amount(size), accepted), path_to_item=path_list(path))
        return out


class Ref(Type):
    """A model or an enum, by name; the class is imported on first use."""

    def __init__(self, name):
        self.name = name
        self._target = None

    @property
    def target(self):
        if self._target is None:
            from ._lazy import resolve
            self._target = resolve("cloudtower_python_sdk.models", self.name)
            if self._target is None:
                raise ApiValueError("The API has no model or enum named %r" % self.name)
        return self._target

    @property
    def needs_conversion(self):
        return not getattr(self.target, "_is_enum", False)

    def from_json(self, value):
        if type(value) is dict:
            return self.target._wrap(value)
        return value

    def resolve(self):
        return self.target

    def converter(self):
        target = self.target
        return None if getattr(target, "_is_enum", False) else target._wrap

    def to_plain(self, value, serialize=False):
        if type(value) is dict:
            target = self.target
            if getattr(target, "_is_enum", False):
                return value
            return target._wrap(value).to_dict(serialize)
        to_dict = getattr(value, "to_dict", None)
        if to_dict is None:
            return value
        return to_dict(serialize) if serialize else to_dict()  # serialize: a model of this SDK

    def to_wire(self, value, ctx, path):
        return self.target._to_wire(value, ctx, path)

    def wire_check(self):
        target = self.target
        return _NO_TYPES, getattr(target, "_allowed", _NO_VALUES), target._to_wire


_ATOMIC = frozenset(six.string_types + six.integer_types + (float, bool, type(None), six.text_type))
# For wire_check(): exact types that need no look (floats do: NaN, and 4.0 for an int).
_STRINGS = frozenset((str, six.text_type))
_JSON_ATOMS = _STRINGS | frozenset((bool,) + six.integer_types)
_NO_TYPES = frozenset()
_NO_VALUES = frozenset()


def _plain_wire(value, ctx, path):
    """Serialize a value of a free-form (``object``) field, or of ``sanitize_for_serialization``."""
    kind = type(value)
    if kind in _ATOMIC:
        return value
    if kind is dict:
        return {k: v if type(v) in _ATOMIC else _plain_wire(v, ctx, (path, k)) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [v if type(v) in _ATOMIC else _plain_wire(v, ctx, (path, i)) for i, v in enumerate(value)]
    to_wire = getattr(kind, "_to_wire", None)
    if to_wire is not None:
        return to_wire(value, ctx, path)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, tuple(_ATOMIC)):  # subclasses of str, int...
        return value
    if isinstance(value, dict):
        return _plain_wire(dict(value), ctx, path)
    if isinstance(value, (list, tuple)):
        return _plain_wire(list(value), ctx, path)
    raise ApiTypeError("Invalid value for %s: %s cannot be sent as JSON" % (where(ctx, path), _describe(value)),
                       path_to_item=path_list(path))


def check_enum(enum_cls, value, ctx, path):
    """Check an enum value of a request; returns it unchanged."""
    if not ctx.validate:
        return value
    if not isinstance(value, six.string_types):
        raise ApiTypeError("Invalid value for %s: expected a %s value (a string), got %s"
                           % (where(ctx, path), enum_cls.__name__, _describe(value)), path_to_item=path_list(path))
    if value not in enum_cls._allowed:
        values = enum_cls.allowable_values
        shown = ", ".join(values[:12]) + (", ..." if len(values) > 12 else "")
        raise ApiValueError("Invalid value %r for %s: %s allows %s%s"
                            % (value, where(ctx, path), enum_cls.__name__, shown, suggest(value, values)),
                            path_to_item=path_list(path))
    return value
