"""Write the type stubs (``.pyi``, PEP 561) from the same description as the runtime modules.

The runtime declares operations and fields as data; type checkers and IDEs
cannot read that.  The stubs say the same in typing's terms:

* ``models/__init__.pyi``: every model (fields typed, ``X | None`` where the
  spec says nullable or not required; a keyword constructor), every enum (its
  constants, and ``_X``, the ``Literal`` of its values, which fields use), and
  for each input schema a ``TypedDict`` ``XDict`` so that a dict body is
  checked key by key;
* ``api/<module>.pyi``: each operation with its real parameters and the
  per-call options, overloaded so that ``async_req=True`` returns an
  ``ApplyResult``; ``api/__init__.pyi`` re-exports the classes;
* ``_typing.pyi``: the few shared types (call options, file parts...);
* names of the 1.9.0 SDK (``cloudtower_python_sdk/_aliases.py``) with
  PEP 702 ``@deprecated``.

Stubs use the newer typing syntax (``X | None``, ``list[X]``): type checkers
read it whatever Python the user runs.
"""
import collections
import keyword
import os
import re
import runpy

STUB_HEADER = "# Generated from CloudTower API %s by `python -m codegen` -- do not edit.\n"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_IN_SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool", "object": "Any",
               "datetime": "datetime | str", "file": "File"}
_OUT_SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool", "object": "Any",
                "datetime": "datetime", "file": "Any"}

TYPING_SUPPORT = '''
"""Types shared by the stubs; this module exists for type checkers only."""
from multiprocessing.pool import ApplyResult
from typing import IO, Any, Mapping, Tuple, TypeVar, Union

from typing_extensions import Literal, TypeAlias, TypedDict

_T = TypeVar("_T")


class CallOptions(TypedDict, total=False):
    """Per-call keyword arguments every operation takes (see api_base)."""
    content_language: Literal[%s]
    _request_timeout: float | Tuple[float, float] | None
    _preload_content: bool
    _return_http_data_only: bool
    _headers: Mapping[str, str]
    _check_input_type: bool
    _check_return_type: bool
    _host_index: int
    _request_auth: Any


# ``async_req=True``: the call runs on the client's thread pool; ``.get()`` waits for the answer.
AsyncResult: TypeAlias = ApplyResult[_T]
# ``<method>_with_http_info``: the answer, the HTTP status and the response headers.
HttpInfo: TypeAlias = Tuple[_T, int, Mapping[str, str]]
# A multipart file part: an open file, bytes, a path, or (filename, bytes[, mime type]).
File: TypeAlias = Union[IO[bytes], bytes, str, Tuple[str, bytes], Tuple[str, bytes, str]]
'''


def load_aliases():
    """The old-name tables of ``cloudtower_python_sdk/_aliases.py`` (read as a file: no package import)."""
    ns = runpy.run_path(os.path.join(ROOT, "cloudtower_python_sdk", "_aliases.py"))
    return ns["METHODS"], ns["MODELS"], ns["ENUM_CONSTANTS"]


class TypeNamer(object):
    """Type strings of the spec (``list[Vm]``) as stub annotations, recording the names used."""

    def __init__(self, api):
        self.api = api
        self.used = set()
        # Inside a where clause, a nested where clause is typed as a mapping (checked at run time):
        # 134 mutually recursive TypedDicts of ~120 keys take mypy many minutes; one level takes a second.
        self.shallow_where = False
        self.inputs = input_schemas(api)  # the models that have an ``XDict``

    def annotation(self, type_str, incoming):
        """The annotation of a value read from an answer (``incoming=False``) or sent in a request."""
        if type_str.startswith("list[") and type_str.endswith("]"):
            inner = self.annotation(type_str[5:-1], incoming)
            return ("Sequence[%s]" if incoming else "list[%s]") % inner
        scalars = _IN_SCALARS if incoming else _OUT_SCALARS
        if type_str in scalars:
            return scalars[type_str]
        if type_str in self.api.enums:
            self.used.add("_" + type_str)
            return "_" + type_str
        self.used.add(type_str)
        if incoming and self.shallow_where and type_str.endswith("WhereInput"):
            return "%s | Mapping[str, Any]" % type_str
        if incoming and type_str in self.inputs:
            self.used.add(type_str + "Dict")
            return "%s | %sDict" % (type_str, type_str)
        return type_str


def input_schemas(api):
    """Names of the models a request can carry (reachable from a body or a parameter)."""
    roots = []
    for ops in api.apis.values():
        for op in ops:
            roots.extend(_names(op.body_type or ""))
            for p in op.params:
                roots.extend(_names(p.type))
    seen = set()
    while roots:
        name = roots.pop()
        if name in seen or name not in api.models:
            continue
        seen.add(name)
        for f in api.models[name].fields:
            roots.extend(_names(f.type))
    return seen


def _names(type_str):
    return re.findall(r"[A-Z]\w*", type_str)


def _optional(annotation, optional):
    return annotation + " | None" if optional and not annotation.endswith("| None") else annotation


def _typed_dict(name, entries, base="TypedDict"):
    """``class name(base, total=False)`` with ``(key, annotation, required)`` entries."""
    if all(k.isidentifier() and not keyword.iskeyword(k) for k, _, _ in entries):
        lines = ["class %s(%s, total=False):" % (name, base)]
        for key, ann, required in entries:
            lines.append("    %s: %s" % (key, "Required[%s]" % ann if required else ann))
        if not entries:
            lines.append("    pass")
        return lines
    body = ", ".join("%r: %s" % (k, "Required[%s]" % a if r else a) for k, a, r in entries)
    return ["%s = TypedDict(%r, {%s}, total=False)" % (name, name, body)]


def render_model_stub(model, namer, is_input):
    """The class (fields typed for reading, a keyword constructor) and, for an input schema, its TypedDict."""
    lines = ["class %s(Model):" % model.name]
    for f in model.fields:
        ann = namer.annotation(f.type, False)
        lines.append("    %s: %s" % (f.attr, _optional(ann, f.nullable or not f.required)))
    entries = []  # (wire name, annotation, required) for the dict body
    namer.shallow_where = model.name.endswith("WhereInput")
    for f in model.fields:
        ann = namer.annotation(f.type, True)
        required = is_input and f.required
        entries.append((f.key, _optional(ann, f.nullable or not required), required))
    namer.shallow_where = False
    renamed = [(f, e) for f, e in zip(model.fields, entries) if f.attr != f.key]
    out = []
    if is_input:
        out.extend(_typed_dict(model.name + "Dict", entries))
        if not renamed:
            kw = model.name + "Dict"
        elif not any(e[2] for _, e in renamed):
            # The constructor takes attribute names too (``_and`` for ``AND``).
            kw = "_%sKw" % model.name
            out.extend(_typed_dict(kw, [(f.attr, e[1], False) for f, e in renamed], base=model.name + "Dict"))
        else:
            kw = "_%sKw" % model.name
            out.extend(_typed_dict(kw, [(f.attr, e[1], e[2]) for f, e in zip(model.fields, entries)]))
    else:
        kw = "_%sKw" % model.name
        out.extend(_typed_dict(kw, [(f.attr, e[1], False) for f, e in zip(model.fields, entries)]))
    lines.append("    def __init__(self, **kwargs: Unpack[%s]) -> None: ..." % kw)
    return lines + out


def render_enum_stub(enum, old_constants):
    values = [str(v) for v in enum.values]
    lines = ["_%s: TypeAlias = Literal[%s]" % (enum.name, ", ".join(repr(v) for v in values)),
             "class %s(Enum):" % enum.name]
    for const, value in zip(enum.constants, values):
        lines.append("    %s: Final = %r" % (const, value))
    for old, new in old_constants:  # 1.9.0 names (PEP 702 cannot mark a constant; the runtime warns)
        lines.append("    %s: Final = %r" % (old, values[enum.constants.index(new)]))
    lines.append("    allowable_values: list[_%s]" % enum.name)
    return lines


def render_models_stub(api, header):
    """``models/__init__.pyi``: every model, enum and input TypedDict, and the deprecated old names."""
    _, old_models, old_constants = load_aliases()
    namer = TypeNamer(api)
    inputs = namer.inputs
    body = []
    for name, enum in api.enums.items():
        olds = sorted((old, new) for (cls, old), new in old_constants.items() if cls == name)
        body.extend(render_enum_stub(enum, olds))
    for name, model in api.models.items():
        body.extend(render_model_stub(model, namer, name in inputs))
    for old, new in sorted(old_models.items()):
        body.append('@deprecated("%s is deprecated; use %s")' % (old, new))
        body.append("class %s(%s): ..." % (old, new))
    head = [header,
            "from datetime import datetime",
            "from typing import Any, ClassVar, Mapping, Sequence",
            "",
            "from typing_extensions import Final, Literal, Required, TypeAlias, TypedDict, Unpack, deprecated",
            "",
            "from cloudtower_python_sdk._typing import File",
            "from cloudtower_python_sdk.model_base import Enum, Model",
            ""]
    return "\n".join(head + body) + "\n"


def _signature(op, namer):
    """The parameters of an operation after ``self``, and its answer type."""
    params = []
    if op.body_param:
        ann = namer.annotation(op.body_type, True)
        params.append("%s: %s" % (op.body_param, ann) if op.body_required
                      else "%s: %s | None = ..." % (op.body_param, ann))
    for p in op.params:
        ann = namer.annotation(p.type, True)
        params.append("%s: %s" % (p.name, ann) if p.required else "%s: %s | None = ..." % (p.name, ann))
    returns = namer.annotation(op.returns, False) if op.returns else "None"
    return params, returns


def render_operation_stub(op, namer, name=None, deprecated=None):
    """Four overloads: the call and ``_with_http_info``, each plain or with ``async_req=True``."""
    name = name or op.method
    params, returns = _signature(op, namer)
    lines = []
    for suffix, answer in (("", returns), ("_with_http_info", "HttpInfo[%s]" % returns)):
        for flag, result in (("Literal[False] = ...", answer), ("Literal[True]", "AsyncResult[%s]" % answer)):
            lines.append("    @overload")
            if deprecated:
                lines.append('    @deprecated("%s%s")' % (deprecated, suffix))
            args = ", ".join(["self"] + params + ["*", "async_req: " + flag, "**kwargs: Unpack[CallOptions]"])
            lines.append("    def %s%s(%s) -> %s: ..." % (name, suffix, args, result))
    return lines


_API_IMPORTS = ["from typing import Any, Sequence, overload",
                "",
                "from typing_extensions import Literal, Unpack, deprecated",
                "",
                "from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo",
                "from cloudtower_python_sdk.api_base import Api"]


def _model_import(namer):
    names = sorted(namer.used)
    if not names:
        return []
    return ["from cloudtower_python_sdk.models import (%s)" % ", ".join(names)]


def render_api_stub(api, cls, operations, header, renamed):
    """``api/<module>.pyi`` of one Api class; ``renamed``: [(old method, Operation)] it still answers to."""
    namer = TypeNamer(api)
    body = ["", "", "class %s(Api):" % cls]
    for op in operations:
        body.extend(render_operation_stub(op, namer))
    for old, op, new_cls in renamed:
        body.extend(render_operation_stub(op, namer, name=old, deprecated="%s.%s is deprecated; use %s.%s"
                                          % (cls, old, new_cls, op.method)))
    return "\n".join([header] + _API_IMPORTS + _model_import(namer) + body) + "\n"


def render_api_index_stub(api, api_modules, header, retired):
    """``api/__init__.pyi``: the classes re-exported, and the retired 1.9.0 classes, deprecated."""
    namer = TypeNamer(api)
    body = ["", "__api_version__: str", ""]
    for cls in api.apis:
        body.append("from .%s import %s as %s" % (api_modules[cls], cls, cls))
    for old_cls, methods in sorted(retired.items()):
        body.extend(["", "", '@deprecated("%s is deprecated: its methods moved to other Api classes")' % old_cls,
                     "class %s(Api):" % old_cls])
        for old, op, new_cls in methods:
            body.extend(render_operation_stub(op, namer, name=old, deprecated="%s.%s is deprecated; use %s.%s"
                                              % (old_cls, old, new_cls, op.method)))
    return "\n".join([header] + _API_IMPORTS + _model_import(namer) + body) + "\n"


def render_stubs(api, files, model_modules, api_modules):
    """Add every stub to ``files`` ({relative path: text})."""
    header = STUB_HEADER % api.version
    files["cloudtower_python_sdk/_typing.pyi"] = header + TYPING_SUPPORT % "'en-US', 'zh-CN'"
    files["cloudtower_python_sdk/models/__init__.pyi"] = render_models_stub(api, header)
    for name, module in model_modules.items():  # ``from cloudtower_python_sdk.models.vm import Vm`` too
        files["cloudtower_python_sdk/models/%s.pyi" % module] = "%sfrom . import %s as %s\n" % (header, name, name)
    old_methods, _, _ = load_aliases()
    by_class = collections.defaultdict(list)  # Api class -> [(old name, operation, class it moved to)]
    ops = dict(((cls, op.method), op) for cls, cls_ops in api.apis.items() for op in cls_ops)
    for (old_cls, old), (new_cls, new) in sorted(old_methods.items()):
        by_class[old_cls].append((old, ops[(new_cls, new)], new_cls))
    for cls, operations in api.apis.items():
        files["cloudtower_python_sdk/api/%s.pyi" % api_modules[cls]] = render_api_stub(
            api, cls, operations, header, by_class.pop(cls, []))
    files["cloudtower_python_sdk/api/__init__.pyi"] = render_api_index_stub(api, api_modules, header, by_class)
