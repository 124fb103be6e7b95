"""Name rules shared by the generator: spec names -> Python names.

The rules reproduce the names the peer SDKs give (so scripts written for them
keep working); ``test/test_compat_names.py`` checks them against
``test/data/sdk-*-names.json``.
"""
import keyword
import re

# Words that cannot be attribute or parameter names as they are.
_RESERVED = set(keyword.kwlist) | {"print", "exec", "self", "property", "async", "await", "none", "true", "false"}


def snake(name):
    """``GetVmsRequestBody`` -> ``get_vms_request_body``; ``entityAsyncStatus`` -> ``entity_async_status``.

    A run of capitals is split from a following capitalised word only when
    that word has two or more lower-case letters (``TopNVm`` -> ``top_nvm``).
    """
    name = re.sub(r"([A-Z]+)([A-Z][a-z][a-z]+)", r"\1_\2", name)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    name = name.replace("-", "_").replace(".", "_")
    return name.lower()


def attribute(json_name):
    """The Python attribute for a JSON property: ``AND`` -> ``_and``, ``orderBy`` -> ``order_by``."""
    name = snake(json_name).lstrip("_") or json_name
    if name in _RESERVED:
        name = "_" + name
    return name


def class_name(schema_name):
    """``WithTask_Vm-Array_`` -> ``WithTaskVmArray``; ``ROLE_ACTION`` -> ``ROLEACTION``."""
    parts = re.split(r"[^A-Za-z0-9]+", schema_name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def camel_part(json_name):
    """A property name as a suffix of an inline model name: ``extra_ip`` -> ``ExtraIp``."""
    return class_name(json_name.replace(" ", "_"))


def enum_constants(values):
    """Constant names for enum values.

    A prefix (ending at ``_``) that every value shares is dropped, as the peers
    do (``LOAD_CLUSTER_FAILED`` -> ``FAILED``); a name that would start with a
    digit gets a leading ``_``.
    """
    prefix = _common_word_prefix([str(v) for v in values]) if len(values) > 1 else ""
    names = []
    for value in values:
        text = str(value)
        if prefix and len(text) > len(prefix):
            text = text[len(prefix):]
        const = re.sub(r"[^A-Za-z0-9]+", "_", text).upper() or "EMPTY"
        if const[0].isdigit():
            const = "_" + const
        names.append(const)
    if len(set(names)) != len(names):
        # Dropping the prefix made two names equal: keep full values instead.
        return enum_constants_unprefixed(values)
    return names


def enum_constants_unprefixed(values):
    out = []
    for value in values:
        const = re.sub(r"[^A-Za-z0-9]+", "_", str(value)).upper() or "EMPTY"
        if const[0].isdigit():
            const = "_" + const
        out.append(const)
    return out


def _common_word_prefix(values):
    first = values[0]
    end = 0
    for i, ch in enumerate(first):
        if any(len(v) <= i or v[i] != ch for v in values[1:]):
            break
        if ch == "_":
            end = i + 1
    return first[:end]


def kebab_to_method(path):
    return path.strip("/").replace("-", "_")
