"""Write the package's generated modules and the reference docs from an ApiDescription.

Every file is a pure function of the description: same spec, same bytes.
"""
import collections

from . import naming, spec, stubs

# Short: it heads 4,000 installed files.  A file that is not ASCII also gets "# coding: utf-8" (Python 2).
HEADER = "# Generated from CloudTower API %s by `python -m codegen` -- do not edit.\n"
MD_HEADER = "<!-- Generated from the CloudTower API %s OpenAPI document by `python -m codegen` -- do not edit. -->\n\n"


def _doc(text, indent="    "):
    text = " ".join((text or "").split()).replace("\\", "\\\\").replace('"""', "'''")
    return text


def module_names(names):
    """Class name -> module name (snake case), made unique."""
    out, used = collections.OrderedDict(), set()
    for name in names:
        mod = naming.snake(name)
        while mod in used:
            mod += "_"
        used.add(mod)
        out[name] = mod
    return out


def render_model(api, model):
    """A model: its fields as one ``_declared`` table (see ``model_base.declared_fields``)."""
    lines = [HEADER % api.version, "from cloudtower_python_sdk.model_base import Model", "", ""]
    lines.append("class %s(Model):" % model.name)
    if model.description:
        lines.append('    """%s"""' % _doc(model.description))
    lines.append('    _declared = """')
    for f in model.fields:
        name = f.key if f.attr == f.key else "%s:%s" % (f.key, f.attr)
        flags = ("R" if f.required else "") + ("N" if f.nullable else "") + ("S" if read_as_sent(api, f.type) else "")
        lines.append(" ".join(part for part in (name, f.type, flags) if part))
    lines.append('"""')
    return "\n".join(lines) + "\n"


def read_as_sent(api, type_str):
    """Whether a field's JSON value is its Python value: not a date-time, not a model (nor a list of them)."""
    type_str = spec.unbounded(type_str)
    while type_str.startswith("list["):
        type_str = type_str[5:-1]
    return type_str != "datetime" and type_str not in api.models


def render_enum(api, enum):
    lines = [HEADER % api.version, "from cloudtower_python_sdk.model_base import Enum", "", ""]
    lines.append("class %s(Enum):" % enum.name)
    lines.append('    """%s"""' % (_doc(enum.description) or "Values of %s in the CloudTower API." % enum.name))
    for const, value in zip(enum.constants, enum.values):
        lines.append("    %s = %r" % (const, str(value)))
    lines.append("    allowable_values = [%s]" % ", ".join(repr(str(v)) for v in enum.values))
    return "\n".join(lines) + "\n"


def render_index(api, modules, what, example, extra=()):
    """A lazy package's ``__init__``: {name: module}, resolved on first use (see ``_lazy``)."""
    lines = [HEADER % api.version,
             '"""%s of the CloudTower %s API; each is imported on first use.' % (what, api.version),
             "",
             "    " + example,
             '"""',
             "from cloudtower_python_sdk._lazy import make_lazy",
             ""]
    lines.extend(extra)
    lines.append("_MODULES = {")
    for name, mod in sorted(modules.items()):
        lines.append("    %r: %r," % (name, mod))
    lines.append("}")
    lines.append("")
    # Old names are answered by ``_aliases``, which registers itself with ``_lazy``.
    lines.append("make_lazy(__name__, _MODULES)  # last: Python 2 swaps the module here")
    return "\n".join(lines) + "\n"


def render_api(api, cls, operations):
    lines = [HEADER % api.version,
             "from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr", "",
             "__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns",
             "", ""]
    lines.append("class %s(Api):" % cls)
    lines.append('    """The %s operations of the CloudTower API (docs/apis/%s.md)."""' % (cls[:-3], cls))
    for op in operations:
        args = ["%r" % op.method, "%r" % op.http_method, "%r" % op.path]
        if op.body_type:
            args.append("body=(%r, %r, %r)" % (op.body_param, op.body_type, op.body_required))
        if op.returns:
            args.append("returns=%r" % op.returns)
        if op.params:
            args.append("params=(%s,)" % ", ".join("(%r, %r, %r, %r, %r)" % (p.name, p.key, p.type, p.required,
                                                                           p.location) for p in op.params))
        if op.content_type and op.content_type != "application/json":
            args.append("content_type=%r" % op.content_type)
        if op.description:  # help() shows it (this spec has none: nothing to install)
            args.append("doc=%r" % _doc(op.description))
        lines.append("    %s = Op(%s)" % (op.method, ", ".join(args)))
        lines.append("    %s_with_http_info = %s.with_http_info" % (op.method, op.method))
    return "\n".join(lines) + "\n"


# -- docs -------------------------------------------------------------------
def _type_link(type_str, known):
    # The type string as it is (limits included: int{0,4095}), its model or enum linked.
    inner = spec.unbounded(type_str)
    while inner.startswith("list["):
        inner = inner[5:-1]
    if inner in known:
        return type_str.replace(inner, "[%s](../models/%s.md)" % (inner, inner), 1)
    return type_str


def render_api_doc(api, cls, operations, known):
    out = [MD_HEADER % api.version, "# %s\n\n" % cls,
           "```python\nfrom cloudtower_python_sdk.api import %s\n%s = %s(api_client)\n```\n\n"
           % (cls, naming.snake(cls), cls),
           "| method | HTTP | body | returns |\n| --- | --- | --- | --- |\n"]
    for op in operations:
        body = _type_link(op.body_type, known) if op.body_type else ", ".join(p.name for p in op.params) or "-"
        out.append("| [%s](#%s) | `%s %s` | %s | %s |\n" % (op.method, op.method, op.http_method, op.path, body,
                                                         _type_link(op.returns, known) if op.returns else "-"))
    for op in operations:
        out.append("\n## %s\n\n" % op.method)
        if op.description:
            out.append("%s\n\n" % op.description)
        out.append("`%s /v2/api%s`%s\n\n" % (op.http_method, op.path, " (deprecated)" if op.deprecated else ""))
        if op.body_type:
            out.append("- body `%s`: %s%s\n" % (op.body_param, _type_link(op.body_type, known),
                                               " (required)" if op.body_required else ""))
        for p in op.params:
            out.append("- %s `%s`: %s%s\n" % (p.location, p.name, p.type, " (required)" if p.required else ""))
        out.append("- returns: %s\n" % (_type_link(op.returns, known) if op.returns else "nothing"))
        out.append("- also: `%s_with_http_info(...)` returns `(data, status, headers)`\n" % op.method)
    return "".join(out)


def render_model_doc(api, model, known):
    out = [MD_HEADER % api.version, "# %s\n\n" % model.name]
    if model.description:
        out.append("%s\n\n" % " ".join(model.description.split()))
    out.append("```python\nfrom cloudtower_python_sdk.models import %s\n```\n\n" % model.name)
    out.append("| attribute | JSON name | type | required | nullable |\n| --- | --- | --- | --- | --- |\n")
    for f in model.fields:
        out.append("| %s | %s | %s | %s | %s |\n" % (f.attr, f.key, _type_link(f.type, known),
                                                     "yes" if f.required else "", "yes" if f.nullable else ""))
    if any("{" in f.type for f in model.fields):
        out.append("\n`{low,high}` after a type is the API's limit, checked before a request is sent: a number's "
                   "range, a string's length, a list's number of items (`int{0,4095}`, `str{1,}`).\n")
    return "".join(out)


def render_enum_doc(api, enum):
    out = [MD_HEADER % api.version, "# %s\n\n" % enum.name]
    if enum.description:
        out.append("%s\n\n" % " ".join(enum.description.split()))
    out.append("```python\nfrom cloudtower_python_sdk.models import %s\n```\n\n" % enum.name)
    out.append("| constant | value |\n| --- | --- |\n")
    for const, value in zip(enum.constants, enum.values):
        out.append("| %s.%s | `%s` |\n" % (enum.name, const, value))
    return "".join(out)


def render_docs_index(api):
    out = [MD_HEADER % api.version, "# CloudTower %s API reference\n\n" % api.version,
           "%d Api classes, %d operations, %d models, %d enums.\n\n"
           % (len(api.apis), sum(len(v) for v in api.apis.values()), len(api.models), len(api.enums)),
           "## Api classes\n\n"]
    for cls, ops in api.apis.items():
        out.append("- [%s](apis/%s.md) (%d)\n" % (cls, cls, len(ops)))
    out.append("\n## Enums\n\n")
    for name in api.enums:
        out.append("- [%s](models/%s.md)\n" % (name, name))
    out.append("\n## Models\n\n")
    for name in api.models:
        out.append("- [%s](models/%s.md)\n" % (name, name))
    return "".join(out)


def render_all(api):
    """{relative path: text} of every generated file."""
    files = collections.OrderedDict()
    model_modules = module_names(sorted(list(api.models) + list(api.enums)))
    known = set(model_modules)
    for name, model in api.models.items():
        files["cloudtower_python_sdk/models/%s.py" % model_modules[name]] = render_model(api, model)
        files["docs/models/%s.md" % name] = render_model_doc(api, model, known)
    for name, enum in api.enums.items():
        files["cloudtower_python_sdk/models/%s.py" % model_modules[name]] = render_enum(api, enum)
        files["docs/models/%s.md" % name] = render_enum_doc(api, enum)
    files["cloudtower_python_sdk/models/__init__.py"] = render_index(
        api, model_modules, "Every model and enum",
        "from cloudtower_python_sdk.models import Vm, VmStatus, GetVmsRequestBody")
    api_modules = module_names(list(api.apis))
    for cls, ops in api.apis.items():
        files["cloudtower_python_sdk/api/%s.py" % api_modules[cls]] = render_api(api, cls, ops)
        files["docs/apis/%s.md" % cls] = render_api_doc(api, cls, ops, known)
    files["cloudtower_python_sdk/api/__init__.py"] = render_index(
        api, api_modules, "The Api classes", "from cloudtower_python_sdk.api import VmApi",
        extra=["__api_version__ = %r" % api.version, ""])
    files["docs/reference.md"] = render_docs_index(api)
    stubs.render_stubs(api, files, model_modules, api_modules)
    for path, text in files.items():
        if path.endswith(".py") and any(ord(ch) > 127 for ch in text):
            files[path] = "# coding: utf-8\n" + text
    return files
