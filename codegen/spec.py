"""Read the OpenAPI document into a small intermediate description.

``load(path)`` returns an :class:`ApiDescription`: enums, models (with inline
objects named and de-duplicated the way the peer SDKs do), scalar aliases and
operations grouped by Api class.  Everything the renderers write comes from it.
"""
import collections
import json
import re

from . import naming

Enum = collections.namedtuple("Enum", "name values constants description")
Field = collections.namedtuple("Field", "attr key type required nullable description deprecated")
Model = collections.namedtuple("Model", "name fields description origin")
Param = collections.namedtuple("Param", "name key type required location")
Operation = collections.namedtuple(
    "Operation",
    "api method http_method path operation_id body_param body_type body_required "
    "returns content_type params description deprecated",
)


class ApiDescription(object):
    def __init__(self, title, version):
        self.title = title
        self.version = version
        self.enums = collections.OrderedDict()
        self.models = collections.OrderedDict()
        self.aliases = collections.OrderedDict()  # schema name -> type string
        self.apis = collections.OrderedDict()  # class name -> [Operation]


_PRIMITIVES = {"integer": "int", "number": "float", "boolean": "bool"}
# The limits a request is checked against, by JSON type: (lower, upper) keywords.
_LIMITS = {"string": ("minLength", "maxLength"), "array": ("minItems", "maxItems"),
           "integer": ("minimum", "maximum"), "number": ("minimum", "maximum")}
_UNCHECKED = ("pattern", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems")


def bounded(type_str, schema):
    """``type_str`` with the schema's limits as a suffix, ``int{0,4095}`` (lower, upper; either may be empty).

    >>> bounded("int", {"type": "integer", "minimum": 0, "maximum": 4095})
    'int{0,4095}'
    """
    kept = [k for k in _UNCHECKED if k in schema]
    if kept:  # a newer API document: make the runtime check it, rather than drop it silently
        raise ValueError("the generator does not carry %s (in %r) to the runtime" % (", ".join(kept), schema))
    low_key, high_key = _LIMITS.get(schema.get("type"), (None, None))
    low, high = schema.get(low_key), schema.get(high_key)
    if low is None and high is None:
        return type_str
    return "%s{%s,%s}" % (type_str, "" if low is None else low, "" if high is None else high)


def unbounded(type_str):
    """A type string without its limits: ``list[int{2,3}]{1,}`` -> ``list[int]``."""
    return re.sub(r"\{[^}]*\}", "", type_str)


class _Reader(object):
    def __init__(self, doc):
        self.doc = doc
        self.schemas = doc["components"]["schemas"]
        self.out = ApiDescription(doc["info"]["title"], doc["info"]["version"])
        self.inline_by_shape = {}  # canonical JSON of an inline object -> model name
        self.resolving = set()

    # -- schemas --------------------------------------------------------
    def read_schemas(self):
        for name, schema in self.schemas.items():
            self.read_named(name, schema)

    def read_named(self, name, schema):
        cls = naming.class_name(name)
        if "enum" in schema:
            values = schema["enum"]
            self.out.enums[cls] = Enum(cls, values, naming.enum_constants(values), schema.get("description", ""))
        elif "allOf" in schema:
            self.read_all_of(cls, schema)
        elif "properties" in schema or schema.get("type") == "object":
            self.add_model(cls, schema, origin=name)
        else:
            self.out.aliases[cls] = self.type_of(schema, cls)

    def read_all_of(self, cls, schema):
        props = collections.OrderedDict()
        required = set()
        for part in schema["allOf"]:
            if "$ref" in part:
                target = self.resolve(part["$ref"])
                p, r = self.flatten(target)
            else:
                # The inline part is a model of its own too (the peers expose it).
                self.name_inline(cls + "AllOf", part)
                p, r = self.flatten(part)
            props.update(p)
            required |= r
        merged = {"type": "object", "properties": props, "required": sorted(required)}
        self.add_model(cls, merged, origin=cls)

    def flatten(self, schema):
        if "allOf" in schema:
            props, req = collections.OrderedDict(), set()
            for part in schema["allOf"]:
                p, r = self.flatten(self.resolve(part["$ref"]) if "$ref" in part else part)
                props.update(p)
                req |= r
            return props, req
        return collections.OrderedDict(schema.get("properties", {})), set(schema.get("required", []))

    def resolve(self, ref):
        return self.schemas[ref.split("/")[-1]]

    def add_model(self, cls, schema, origin):
        required = set(schema.get("required", []))
        fields = []
        for key in sorted(schema.get("properties", {})):
            prop = schema["properties"][key]
            fields.append(Field(
                attr=naming.attribute(key),
                key=key,
                type=self.type_of(prop, cls + naming.camel_part(key)),
                required=key in required,
                nullable=bool(prop.get("nullable")),
                description=prop.get("description", ""),
                deprecated=bool(prop.get("deprecated")),
            ))
        self.out.models[cls] = Model(cls, fields, schema.get("description", ""), origin)

    def name_inline(self, wanted, schema):
        shape = json.dumps(schema, sort_keys=True)
        if shape in self.inline_by_shape:
            return self.inline_by_shape[shape]
        name = wanted
        n = 1
        while name in self.out.models or name in self.out.enums or naming.class_name(name) in self.schemas:
            name = "%s%d" % (wanted, n)
            n += 1
        self.inline_by_shape[shape] = name
        if "allOf" in schema:
            self.read_all_of(name, schema)
        else:
            self.add_model(name, schema, origin=name)
        return name

    def type_of(self, prop, inline_name):
        """The type string of a property: ``str``, ``list[Vm]``, ``VmStatus``..."""
        if "$ref" in prop:
            return self.ref_type(prop["$ref"])
        if "allOf" in prop and len(prop["allOf"]) == 1 and "properties" not in prop:
            return self.type_of(prop["allOf"][0], inline_name)
        if "allOf" in prop:
            return self.name_inline(inline_name, prop)
        kind = prop.get("type")
        if kind == "array":
            return bounded("list[%s]" % self.type_of(prop.get("items", {}), inline_name), prop)
        if "enum" in prop:
            return "str"
        if kind == "string":
            fmt = prop.get("format")
            return bounded({"date-time": "datetime", "binary": "file"}.get(fmt, "str"), prop)
        if kind in _PRIMITIVES:
            return bounded(_PRIMITIVES[kind], prop)
        if prop.get("properties"):
            return self.name_inline(inline_name, prop)
        return "object"

    def ref_type(self, ref):
        name = ref.split("/")[-1]
        schema = self.schemas[name]
        cls = naming.class_name(name)
        if "enum" in schema or "properties" in schema or "allOf" in schema or schema.get("type") == "object":
            return cls
        if "$ref" in schema:
            return self.ref_type(schema["$ref"])
        return self.type_of(schema, cls)

    # -- operations -----------------------------------------------------
    def read_operations(self):
        seen = collections.defaultdict(set)
        for path, item in self.doc["paths"].items():
            for http_method, op in item.items():
                tags = op.get("tags") or ["Default"]
                for tag in tags:
                    api = naming.class_name(tag) + "Api"
                    method = naming.snake(op["operationId"])
                    while method in seen[api]:
                        method = method + "_0"
                    seen[api].add(method)
                    self.out.apis.setdefault(api, []).append(self.operation(api, method, path, http_method, op))
        for api in self.out.apis:
            self.out.apis[api].sort(key=lambda o: o.method)
        self.out.apis = collections.OrderedDict(sorted(self.out.apis.items()))

    def operation(self, api, method, path, http_method, op):
        body_param = body_type = content_type = None
        body_required = False
        params = []
        body = op.get("requestBody")
        if body:
            body_required = bool(body.get("required"))
            content_type, media = sorted(body["content"].items())[0]
            schema = media["schema"]
            if content_type == "multipart/form-data":
                required = set(schema.get("required", []))
                ordered = sorted(schema["properties"], key=lambda k: k not in required)  # stable: spec order
                for key in ordered:
                    params.append(Param(naming.attribute(key), key, self.type_of(schema["properties"][key], key),
                                        key in required, "form"))
            else:
                body_type = self.type_of(schema, naming.class_name(op["operationId"]) + "RequestBody")
                ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
                body_param = naming.snake(naming.class_name(ref.split("/")[-1])) if ref else "body"
        for p in op.get("parameters", []):
            if p["in"] == "query":
                params.append(Param(naming.attribute(p["name"]), p["name"], self.type_of(p["schema"], p["name"]),
                                    bool(p.get("required")), "query"))
        ok = op["responses"].get("200", {}).get("content", {}).get("application/json", {})
        returns = self.type_of(ok["schema"], naming.class_name(op["operationId"]) + "Response") if ok else None
        return Operation(api, method, http_method.upper(), path, op["operationId"], body_param, body_type,
                         body_required, returns, content_type, params,
                         op.get("description") or op.get("summary") or "", bool(op.get("deprecated")))


def load(path):
    """Read the OpenAPI document at ``path`` into an :class:`ApiDescription`."""
    with open(path, "rb") as f:
        doc = json.loads(f.read().decode("utf-8"), object_pairs_hook=collections.OrderedDict)
    reader = _Reader(doc)
    reader.read_schemas()
    reader.read_operations()
    out = reader.out
    out.models = collections.OrderedDict(sorted(out.models.items()))
    out.enums = collections.OrderedDict(sorted(out.enums.items()))
    return out
