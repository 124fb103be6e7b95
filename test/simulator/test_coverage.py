# coding: utf-8
"""Every operation sent a schema-valid body: only the few the README lists answer 501, none answers 500,
every 200 has the shape of the operation's response schema."""
import json
import os

import urllib3

from cloudtower_python_sdk import types
from cloudtower_python_sdk.exceptions import ApiTypeError, ApiValueError
from cloudtower_python_sdk.simulator import schema
from cloudtower_python_sdk.simulator.handlers import unsimulated

HTTP = urllib3.PoolManager()
README = os.path.join(os.path.dirname(schema.__file__), "README.md")


def minimal_body(op):
    """The smallest body the schema accepts (required fields only); a top-level ``where`` matches nothing."""
    kind, inner = schema._inner(op.body_type)
    body = schema.default_for(op.body_type)
    if kind == "list":
        body = [schema.default_for(inner)]
    for item in body if isinstance(body, list) else [body]:
        if isinstance(item, dict) and item.get("where") == {}:
            item["where"] = {"id": "no-such-id"}
    return body


def send(sim, op):
    headers = {"Authorization": sim.client.configuration.api_key["Authorization"]}
    url = sim.url + op.path
    if op.http_method == "GET":
        return HTTP.request("GET", url, headers=headers)
    if op.content_type == "multipart/form-data":
        fields = {}
        for _name, wire, type_str, required, _where in op.params:
            if required:
                fields[wire] = ("piece.bin", b"x") if type_str == "file" else "x"
        return HTTP.request("POST", url, fields=fields, headers=headers)
    headers["Content-Type"] = "application/json"
    body = minimal_body(op) if op.body_type else None
    return HTTP.request("POST", url, body=json.dumps(body).encode() if body is not None else b"", headers=headers)


def check_shape(op, answer):
    """The answer has the shape of the operation's response schema (required fields, types, enums)."""
    ctx = types.WireContext(validate=True, attribute_names=False, what=op.name)
    types.parse(op.returns).to_wire(answer, ctx, [])


def test_at_most_15_operations_are_not_simulated_and_the_readme_says_why(sim):
    statuses, misshapen = {}, []
    for _path, op in sorted(schema.operations().items()):
        r = send(sim, op)
        statuses[op.name] = r.status
        if r.status == 200 and op.returns:
            try:
                check_shape(op, json.loads(r.data))
            except (ApiTypeError, ApiValueError) as e:
                misshapen.append("%s: %s" % (op.name, e))
    assert misshapen == []
    not_simulated = sorted(n for n, s in statuses.items() if s == 501)
    assert not_simulated == sorted(unsimulated.REASONS)
    assert len(not_simulated) <= 15
    assert not [n for n, s in statuses.items() if s >= 500 and s != 501], statuses
    assert not [n for n, s in statuses.items() if s in (404, 405)]
    with open(README) as f:
        readme = f.read()
    assert [n for n in not_simulated if "`%s`" % n not in readme] == []


def test_a_501_names_the_operation_and_the_reason(sim):
    op = next(o for o in schema.operations().values() if o.name == "create_host")
    r = send(sim, op)
    message = json.loads(r.data)["message"]
    assert r.status == 501 and "create_host" in message and unsimulated.REASONS["create_host"] in message
