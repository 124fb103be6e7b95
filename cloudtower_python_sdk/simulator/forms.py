# coding: utf-8
"""``multipart/form-data`` bodies (the upload operations) as a dict of their form fields.

A file part (one with a ``filename``) is bytes, every other field text::

    parse_multipart(op, body, "multipart/form-data; boundary=xyz")
    # {"file": b"...", "name": "centos.iso", "size": "1024", "size_unit": "B"}

The fields are checked against the operation's form parameters: a missing
required field or an unknown one is a 400 naming it.
"""
import re

from .errors import HttpError

_BOUNDARY = re.compile(r'boundary=(?:"([^"]+)"|([^;\s]+))', re.I)
_PARAM = re.compile(r';\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))')


def parse_multipart(op, data, content_type):
    """The form fields of a multipart body for ``op`` (an Operation with ``form`` params)."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise HttpError(400, "%s takes a multipart/form-data body, not %r" % (op.name, content_type or "no body type"))
    m = _BOUNDARY.search(content_type)
    if not m:
        raise HttpError(400, "Malformed multipart body: the Content-Type has no boundary")
    fields = _split(data, (m.group(1) or m.group(2)).encode("latin-1"))
    _check(op, fields)
    return fields


def _split(data, boundary):
    delimiter = b"--" + boundary
    parts = data.split(delimiter)
    if len(parts) < 3 or not parts[-1].startswith(b"--"):
        raise HttpError(400, "Malformed multipart body: it does not end with the closing boundary")
    fields = {}
    for part in parts[1:-1]:
        if part.startswith(b"\r\n"):
            part = part[2:]
        head, sep, content = part.partition(b"\r\n\r\n")
        if not sep:
            raise HttpError(400, "Malformed multipart body: a part has no blank line after its headers")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        name, filename = _disposition(head.decode("latin-1"))
        if filename is not None:
            fields[name] = content
        else:
            try:
                fields[name] = content.decode("utf-8")
            except UnicodeDecodeError:
                raise HttpError(400, "Malformed multipart body: the field %r is not UTF-8 text" % name)
    return fields


def _disposition(head):
    for line in head.split("\r\n"):
        key, _, value = line.partition(":")
        if key.strip().lower() == "content-disposition":
            params = dict((k.lower(), q if q else v) for k, q, v in _PARAM.findall(value))
            if "name" not in params:
                break
            return params["name"], params.get("filename")
    raise HttpError(400, "Malformed multipart body: a part has no Content-Disposition with a name")


def _check(op, fields):
    known = dict((p[1], p) for p in op.params if p[4] == "form")
    for name in fields:
        if name not in known:
            raise HttpError(400, "Unknown form field %r of %s (it takes %s)"
                            % (name, op.name, ", ".join(sorted(known))), props={"path": [name]})
    for wire, param in known.items():
        if param[3] and wire not in fields:
            raise HttpError(400, "Missing the form field %r of %s" % (wire, op.name), props={"path": [wire]})
        if param[2] == "file" and wire in fields and not isinstance(fields[wire], bytes):
            fields[wire] = fields[wire].encode("utf-8")  # a file sent without a filename
