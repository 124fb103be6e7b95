# coding: utf-8
"""The base classes every generated model and enum is declared on.

A generated model is only a list of fields::

    class NestedCluster(Model):
        __slots__ = ()
        id = F("id", "str", F.REQUIRED)
        name = F("name", "str", F.REQUIRED)

An instance's ``__dict__`` is the JSON object it came from (wire names as
keys), and a field turns a nested JSON object into a model the first time it
is read.  So an answer of 10,000 VMs costs one small object per VM until its
fields are used, and a field CloudTower added after 4.6.0 is kept, not lost:
it is an attribute like the others.  A field read as sent whose attribute is
its wire name (``vm.name``, ``vm.status``) is answered by CPython's own
instance-dict lookup, with no Python code run.

Example::

    >>> c = NestedCluster(id="c1", name="cluster-1")
    >>> c.name
    'cluster-1'
    >>> c.to_dict()
    {'id': 'c1', 'name': 'cluster-1'}
"""
from __future__ import absolute_import

import sys

import six

from . import _lazy, types
from .exceptions import ApiAttributeError, ApiTypeError, ApiValueError

# Taken as True by type checkers, which read the stubs (.pyi); costs no import of typing.
TYPE_CHECKING = False


class Field(property):
    # A model attribute: ``F(wire_name, type_string, flags)``.  (No class docstring:
    # a property subclass needs ``__doc__`` as a writable slot.)
    #
    # A property rather than a plain descriptor class because CPython calls a
    # property's getter directly, which is the cheapest Python-level attribute
    # read.  The first read of a field picks the getter for its type (see
    # _getter) and installs it, so later reads do no dispatch.
    REQUIRED = 1
    NULLABLE = 2
    AS_SENT = 4  # read as it came: a scalar (not a date-time), an enum, or a list of them

    __slots__ = ("key", "type_str", "required", "nullable", "as_sent", "attr", "_type", "__doc__")

    def __init__(self, key, type_str, flags=0):
        # fset/fdel only tell introspection (help(), pydoc) that fields are writable;
        # writes go through __set__/__delete__ below.
        property.__init__(self, self._first_read, self.__set__, self.__delete__)
        self.key = key
        self.type_str = type_str
        self.required = bool(flags & Field.REQUIRED)
        self.nullable = bool(flags & Field.NULLABLE)
        self.as_sent = bool(flags & Field.AS_SENT)
        self.attr = None  # set by the metaclass
        self._type = None

    @property
    def type(self):
        if self._type is None:
            self._type = types.parse(self.type_str)
        return self._type

    def _first_read(self, obj):
        getter = _getter(self.key, self.type)
        property.__init__(self, getter, self.fset, self.fdel, self.__doc__)
        return getter(obj)

    def __set__(self, obj, value):
        obj.__dict__[self.key] = value

    def __delete__(self, obj):
        obj.__dict__.pop(self.key, None)

    def __repr__(self):
        return "<Field %s: %s>" % (self.key, self.type_str)

    def describe(self):
        """What help(Model) shows for the field: its type, and its JSON name when it differs."""
        return "%s%s%s" % (self.type_str, "" if self.required and not self.nullable else " | None",
                           "" if self.key == self.attr else " (JSON name '%s')" % self.key)


def declared_fields(table):
    """``Field`` objects by attribute name from a generated model's ``_declared`` table.

    One line per field, ``<wire name>[:<attribute>] <type string> [R][N][S]``
    (R: required, N: nullable, S: read as sent); the attribute is given only when it differs
    from the wire name.  A table is a single constant, far smaller installed
    than a line of code per field (23,000 of them).

    >>> sorted(declared_fields("orderBy:order_by VmOrderByInput N\\nname str R"))
    ['name', 'order_by']
    """
    out = {}
    for line in table.split("\n"):
        parts = line.split()
        if not parts:
            continue
        key, _, attr = parts[0].partition(":")
        flags = parts[2] if len(parts) > 2 else ""
        out[attr or key] = Field(key, parts[1], (Field.REQUIRED if "R" in flags else 0)
                                 | (Field.NULLABLE if "N" in flags else 0) | (Field.AS_SENT if "S" in flags else 0))
    return out


def _getter(key, field_type):
    """The read function of a field: the least work its type needs."""
    if isinstance(field_type, types.Ref) and field_type.needs_conversion:
        return _model_getter(key, field_type.target)
    inner = getattr(field_type, "inner", None)
    if isinstance(inner, types.Ref) and inner.needs_conversion:
        return _model_list_getter(key, inner.target)
    convert = field_type.converter()
    if convert is None:
        return _plain_getter(key)
    return _converting_getter(key, convert)


def _plain_getter(key):
    def read(obj):
        try:
            return obj.__dict__[key]
        except KeyError:
            return None
    return read


def _model_getter(key, cls):
    # A nested JSON object becomes a model over it (what cls._wrap does, inlined)
    # and replaces it in the parent, so the next read finds the model.
    new = object.__new__

    def read(obj):
        data = obj.__dict__
        try:
            value = data[key]
        except KeyError:
            return None
        if type(value) is dict:
            model = new(cls)
            model.__dict__ = value
            data[key] = model
            return model
        return value
    return read


def _model_list_getter(key, cls):
    # A list of JSON objects becomes a list of models once (and is kept, so
    # ``vm.vm_nics is vm.vm_nics``); a list already converted is returned as it is.
    def read(obj):
        data = obj.__dict__
        try:
            value = data[key]
        except KeyError:
            return None
        if type(value) is list:
            for item in value:
                if type(item) is dict:
                    wrap = cls._wrap
                    value = data[key] = [wrap(v) for v in value]
                    break
        return value
    return read


def _converting_getter(key, convert):
    def read(obj):
        data = obj.__dict__
        try:
            value = data[key]
        except KeyError:
            return None
        if value is None:
            return None
        new = convert(value)
        if new is not value:
            data[key] = new
        return new
    return read


class _Unset(object):
    # The class attribute of a field read as sent whose attribute is its wire
    # name.  Not a data descriptor, so when the JSON object has the key, the
    # instance dict answers; this only answers a field that is absent (None).
    # On the class it gives the Field, for introspection (Vm.name.key).
    __slots__ = ("field",)

    def __init__(self, field):
        self.field = field

    def __get__(self, obj, cls=None):
        return self.field if obj is None else None


class _ModelMeta(type):
    def __init__(cls, name, bases, namespace):
        super(_ModelMeta, cls).__init__(name, bases, namespace)
        fields = []
        for base in reversed(cls.__mro__[1:]):
            fields.extend(getattr(base, "_fields", ()))
        declared = dict((attr, value) for attr, value in namespace.items() if isinstance(value, Field))
        if "_declared" in namespace:
            declared.update(declared_fields(namespace["_declared"]))
        for attr, value in declared.items():
            if attr not in namespace:
                setattr(cls, attr, _Unset(value) if value.as_sent and attr == value.key else value)
            value.attr = attr
            value.__doc__ = value.describe()
            fields.append(value)
        cls._fields = tuple(sorted(fields, key=lambda f: f.attr))
        cls._by_key = dict((f.key, f) for f in cls._fields)
        cls._by_attr = dict((f.attr, f) for f in cls._fields)
        # Peer-SDK introspection names.
        cls.openapi_types = dict((f.attr, types.unbounded(f.type_str)) for f in cls._fields)
        cls.attribute_map = dict((f.attr, f.key) for f in cls._fields)

    @property
    def __doc__(cls):
        # help(Vm): the class's own text, then each field with its type (generated models carry no docstring).
        own = cls.__dict__.get("__doc__")
        if cls.__dict__.get("_declared") is None:
            return own
        lines = [own or "%s: a model of the CloudTower API (docs/models/%s.md)." % (cls.__name__, cls.__name__),
                 "", "Fields (attribute: type):"]
        lines.extend("    %s: %s" % (f.attr, f.__doc__) for f in cls._fields)
        return "\n".join(lines)


@six.add_metaclass(_ModelMeta)  # (not with_metaclass: type checkers cannot see through that base)
class Model(object):
    """Base of every generated model (see the module docstring)."""
    # No __slots__: the instance dict is the JSON object.  Class attributes are
    # read through type(self), so a key of a newer CloudTower cannot shadow them.
    _is_enum = False

    def __init__(self, **kwargs):
        """Build a model from attribute names (``order_by=...``) or wire names (``orderBy=...``).

        As in the peer SDKs, ``None`` means "not set": ``VmWhereInput(deleted_at=None)``
        filters nothing.  To filter on a null value, write the body as a dict
        (``{"where": {"deleted_at": None}}``), where ``None`` is sent as ``null``.
        """
        kwargs.pop("local_vars_configuration", None)  # accepted for peer-SDK compatibility
        data = {}
        cls = type(self)
        by_attr, by_key = cls._by_attr, cls._by_key
        for name, value in six.iteritems(kwargs):
            field = by_attr.get(name) or by_key.get(name)
            if field is None:
                raise ApiTypeError("%s() got an unexpected keyword argument '%s'%s"
                                   % (cls.__name__, name, types.suggest(name, by_attr)))
            if value is not None:
                data[field.key] = value
        self.__dict__ = data

    @classmethod
    def _wrap(cls, data):
        """A model over ``data`` (a JSON object of an answer), without copying it.

        A value that is not a JSON object (a newer Tower's surprise) is returned as it is.
        """
        if type(data) is not dict:
            return data
        obj = object.__new__(cls)
        obj.__dict__ = data
        return obj

    def to_dict(self, serialize=False):
        """Every field by attribute name (``None`` when absent), nested models as dicts.

        With ``serialize=True`` (as in the peer SDK) the keys are CloudTower's own
        names, at every level::

            >>> GetVmsRequestBody(order_by="name_ASC").to_dict(serialize=True)["orderBy"]
            'name_ASC'
        """
        cls, data = type(self), self.__dict__
        out = {}
        for attr, key, to_plain in cls._dict_plan():
            value = data.get(key)
            if value is not None and to_plain is not None:
                value = to_plain(value, serialize)
            out[key if serialize else attr] = value
        by_key = cls._by_key
        if len(data) > len(out) or any(key not in by_key for key in data):
            # Fields of a newer CloudTower are kept, under their wire names.
            for key, value in six.iteritems(data):
                if key not in by_key:
                    out[key] = value
        return out

    @classmethod
    def _dict_plan(cls):
        """(attribute, wire name, converter) per field, worked out once per class."""
        plan = cls.__dict__.get("_plan")
        if plan is None:
            plan = []
            for f in cls._fields:
                t = f.type
                if t.needs_conversion:
                    plan.append((f.attr, f.key, t.to_plain))
                elif isinstance(getattr(t, "base", t), types.ListOf):  # (base: a list with limits)
                    plan.append((f.attr, f.key, _list_copy))  # so the dict does not share the list
                else:
                    plan.append((f.attr, f.key, None))
            cls._plan = plan = tuple(plan)
        return plan

    def to_str(self):
        import pprint  # not at import time: it pulls in dataclasses and inspect
        return pprint.pformat(self.to_dict())

    def __repr__(self):
        # Only the fields that are set (a VmWhereInput has 450); nested models as their own repr.
        data, by_key = self.__dict__, type(self)._by_key
        shown = []
        for key in sorted(data, key=lambda k: by_key[k].attr if k in by_key else k):
            if data[key] is not None:
                field = by_key.get(key)
                shown.append("%s=%r" % ((field.attr, getattr(self, field.attr)) if field else (key, data[key])))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __eq__(self, other):
        return type(self) is type(other) and self.to_dict() == other.to_dict()

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    # A misspelt field gets the closest name.  Not on CPython 3.11, which specialises
    # no attribute read of a class with __getattr__ (3.12 does): the reads of
    # benchmarks/read_costs.py took 13.9 ms instead of 12.4.  There Python's own
    # "Did you mean" stands in.  (Type checkers report a misspelt field from the stubs.)
    if not TYPE_CHECKING and sys.version_info[:2] != (3, 11):
        def __getattr__(self, name):
            # Only reached when normal lookup failed: no such field was sent or declared.
            if name.startswith("__"):
                raise AttributeError(name)
            raise ApiAttributeError("'%s' has no attribute '%s'%s"
                                    % (type(self).__name__, name, types.suggest(name, type(self)._by_attr)))

    def __reduce__(self):
        return (_rebuild, (type(self), self.__dict__))

    def __copy__(self):
        return type(self)._wrap(dict(self.__dict__))

    @classmethod
    def _wire_plan(cls):
        """{name: (wire name, type, nullable)} for wire and attribute names, and the required wire names."""
        plan = cls.__dict__.get("_wire")
        if plan is None:
            by_name = dict((f.attr, (f.key, f.type, f.nullable)) for f in cls._fields)
            by_name.update((f.key, (f.key, f.type, f.nullable)) for f in cls._fields)  # wire names win
            plan = cls._wire = (by_name, tuple(f.key for f in cls._fields if f.required))
        return plan

    @classmethod
    def _to_wire(cls, value, ctx, path):
        """Check ``value`` (a model or a dict) against this model and return its JSON object."""
        if type(value) is dict or type(value) is cls:
            out = cls._fast_wire(value, ctx, path)
            if out is not None:
                return out
        if isinstance(value, Model):
            # A model of another class is taken by its fields, as the peer SDK does
            # (delete_vm(VmOperateParams(where=...))); each is still checked against this one.
            items = value.__dict__
            attribute_names = False
        elif isinstance(value, dict):
            items = value
            attribute_names = ctx.attribute_names
        else:
            if not ctx.validate:
                return types.Type().to_wire(value, ctx, path)
            raise ApiTypeError("Invalid value for %s: expected %s (a dict), got %s"
                               % (types.where(ctx, path), cls.__name__, type(value).__name__),
                               path_to_item=types.path_list(path))
        by_name, required = cls._wire_plan()
        validate = ctx.validate
        out = {}
        for name, item in six.iteritems(items):
            entry = by_name.get(name)
            if entry is None or (not attribute_names and entry[0] != name):
                if validate:
                    cls._unknown_field(name, attribute_names, ctx, path)
                out[name] = types.Type().to_wire(item, ctx, (path, name))
                continue
            key, field_type, nullable = entry
            if key in out and validate:
                raise ApiValueError("Field %s is given twice (as '%s' and '%s')"
                                    % (types.where(ctx, (path, key)), key, cls._by_key[key].attr),
                                    path_to_item=types.path_list((path, key)))
            if item is None:
                if nullable or not validate:
                    out[key] = None
                continue  # None for a non-nullable field means "not given"
            out[key] = field_type.to_wire(item, ctx, (path, key))
        if validate:
            for key in required:
                if key not in out:
                    raise ApiValueError("Missing required field %s (%s requires '%s')"
                                        % (types.where(ctx, (path, key)), cls.__name__, key),
                                        path_to_item=types.path_list((path, key)))
        return out

    @classmethod
    def _fast_wire(cls, value, ctx, path):
        """``_to_wire`` for the usual body: every name known, every value of an exact type.

        Values passing a per-field check that needs no call (a str for a str
        field, an allowed enum string) are copied as they are; others go
        through their type's ``to_wire``.  Returns None when anything is
        unusual (an unknown name, a None, a name given twice, a missing
        required field, an error below): ``_to_wire`` then redoes the object
        the long way, which makes the same result or raises the same first
        error, naming the field.
        """
        if type(value) is dict:
            items, attribute_names = value, ctx.attribute_names
        else:
            items, attribute_names = value.__dict__, False
        plan = _FAST_WIRE[attribute_names].get(cls)
        if plan is None:
            plan = _FAST_WIRE[attribute_names][cls] = ({}, tuple(f.key for f in cls._fields if f.required))
        fields, required = plan
        out = {}
        try:
            for name, item in items.items():
                entry = fields.get(name)
                if entry is None:
                    entry = cls._fast_wire_entry(fields, name, attribute_names)
                    if entry is None:
                        return None
                key, exact, values, to_wire = entry
                kind = type(item)
                if kind in exact or kind in _STRINGS and item in values:
                    out[key] = item
                elif item is None:
                    return None
                else:
                    out[key] = to_wire(item, ctx, (path, key))
        except (ApiTypeError, ApiValueError):
            return None  # the long way raises it again, after any error that comes first
        if len(out) != len(items):
            return None  # a field given twice, by attribute and by wire name
        if ctx.validate:
            for key in required:
                if key not in out:
                    return None
        return out

    @classmethod
    def _fast_wire_entry(cls, fields, name, attribute_names):
        """Add ``name`` to the plan ``fields`` on its first use (so only the classes a body uses are imported).

        An entry is (wire name, types passed as they are, enum values, to_wire);
        None for a name this model does not have.  Wire names win over attribute names.
        """
        field = cls._by_key.get(name)
        if field is None and attribute_names:
            field = cls._by_attr.get(name)
        if field is None:
            return None
        entry = fields[name] = (field.key,) + field.type.wire_check()
        return entry

    @classmethod
    def _field_list(cls, shown=12):
        keys = sorted(cls._by_key)
        if len(keys) <= shown:
            return "; its fields are " + ", ".join(keys)
        return "; its %d fields include %s... (all in docs/models/%s.md)" % (len(keys), ", ".join(keys[:shown]),
                                                                          cls.__name__)

    @classmethod
    def _unknown_field(cls, name, attribute_names, ctx, path):
        known = sorted(cls._by_key) if not attribute_names else sorted(set(cls._by_key) | set(cls._by_attr))
        # No close name: maybe a field of a CloudTower newer than 4.6.0, which this SDK cannot check.
        fix = types.suggest(name, known) or cls._field_list() + (
            ". A field of a newer CloudTower is sent unchecked with _check_input_type=False")
        raise ApiValueError("Unknown field %s: %s has no field '%s'%s"
                            % (types.where(ctx, (path, name)), cls.__name__, name, fix),
                            path_to_item=types.path_list((path, name)))


# Per class, the plan of Model._fast_wire, ({name: entry}, required wire names):
# [for wire names only, for attribute names too].
_FAST_WIRE = ({}, {})
_STRINGS = types._STRINGS


def _list_copy(value, serialize=False):
    return list(value)


def _rebuild(cls, data):
    """Unpickling: a model over ``data``."""
    return cls._wrap(data)


class _EnumMeta(type):
    def __init__(cls, name, bases, namespace):
        super(_EnumMeta, cls).__init__(name, bases, namespace)
        cls._allowed = frozenset(namespace.get("allowable_values", ()))

    if not TYPE_CHECKING:  # type checkers report a misspelled constant
        def __getattr__(cls, name):
            renamed = _lazy.hook("enum_constant")  # registered by _aliases; only for names that are not there
            value = renamed(cls, name) if renamed is not None else None
            if value is None:
                raise ApiAttributeError("%s has no value '%s'%s" % (cls.__name__, name, types.suggest(
                    name, [n for n in dir(cls) if n.isupper() or n.startswith("_") and not n.startswith("__")])))
            return value

    def __iter__(cls):
        return iter(cls.allowable_values)

    def __contains__(cls, value):
        return value in cls._allowed

    def __len__(cls):
        return len(cls.allowable_values)


@six.add_metaclass(_EnumMeta)
class Enum(object):
    """Base of generated enums: string constants and ``allowable_values``.

    An enum field of a model holds the plain string, so
    ``vm.status == VmStatus.RUNNING`` works and an unknown value from a newer
    CloudTower is kept as it is.
    """
    _is_enum = True
    allowable_values = []

    @classmethod
    def _to_wire(cls, value, ctx, path):
        return types.check_enum(cls, value, ctx, path)


class ResultList(list):
    """The list an operation returns; reading a model attribute on it explains the mistake.

    ``vm_api.get_vms(...)`` returns a list, so ``vms.name`` is an error;
    instead of a bare ``AttributeError`` this says to index or loop.
    """
    __slots__ = ()

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        kind = type(self[0]).__name__ if self else "object"
        if self and hasattr(type(self[0]), name):
            hint = ("this is a list of %d %s; read it from one item, e.g. result[0].%s, "
                    "or from each: [item.%s for item in result]" % (len(self), kind, name, name))
        elif not self:
            hint = "this is an empty list (nothing matched), so there is no item to read '%s' from" % name
        else:
            hint = "this is a list of %d %s, and %s has no '%s' either" % (len(self), kind, kind, name)
        raise ApiAttributeError("'list' object has no attribute '%s': %s" % (name, hint))
