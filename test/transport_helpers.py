# coding: utf-8
"""Helpers shared by the transport tests (test/test_transport_*.py); their fixtures are in test/conftest.py."""
import time

import urllib3

U3_ERRORS = urllib3.exceptions
GET_VMS = "/v2/api/get-vms"
VM = {"id": "vm-1", "name": "vm one", "status": "RUNNING"}


def retry(total, status_forcelist=None):
    """A urllib3 Retry that also retries POST (every SDK call but two is a POST)."""
    kwargs = dict(total=total, status_forcelist=status_forcelist, backoff_factor=0)
    try:
        return urllib3.Retry(allowed_methods=None, **kwargs)          # urllib3 >= 1.26
    except TypeError:
        return urllib3.Retry(method_whitelist=False, **kwargs)        # urllib3 1.25


def only(srv):
    assert len(srv.requests) == 1, srv.requests
    return srv.requests[0]


def multipart_parts(content_type, body):
    """{name: (filename or None, content-type or None, bytes)} of a multipart/form-data body."""
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    boundary = content_type.split("boundary=", 1)[1].strip('"').encode("ascii")
    assert body.endswith(b"--" + boundary + b"--\r\n")
    parts = {}
    for chunk in body.split(b"--" + boundary)[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, content = chunk[2:-2].partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        disposition = headers["content-disposition"]
        params = dict(p.strip().split("=", 1) for p in disposition.split(";")[1:])
        name = params["name"].strip('"')
        filename = params["filename"].strip('"') if "filename" in params else None
        parts[name] = (filename, headers.get("content-type"), content)
    return parts


def wait_for(condition, timeout=3):
    """Poll ``condition`` (what another thread records) until it is true or ``timeout`` passes."""
    deadline = time.time() + timeout
    while not condition():
        if time.time() > deadline:
            return False
        time.sleep(0.01)
    return True


def underlying(exc):
    """The urllib3 error an ApiConnectionError was raised from."""
    cause = exc.__cause__
    return cause.reason if isinstance(cause, U3_ERRORS.MaxRetryError) else cause
