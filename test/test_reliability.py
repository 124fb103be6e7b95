# coding: utf-8
"""Reliability: every fault a server or network can produce, for a read and for a change.

A fault-injecting loopback server (test/loopback.py) counts what reached it.
Waits between attempts go through ``rest_client.sleep``, replaced here by a
recorder: no test waits for a backoff in real time.  Runs on Python 2.7 and 3.
Limits and hygiene (secrets, answer size, process-wide state, proxies) are in test_limits.py.
"""
import gzip
import io
import os
import sys
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from loopback import closed_port  # noqa: E402

from cloudtower_python_sdk import (ApiClient, ApiConnectionError, ApiException,  # noqa: E402
                                   ApiResponseTooLargeError, ApiTimeoutError, ApiTypeError, ApiValueError,
                                   Configuration, ServiceException)
from cloudtower_python_sdk import _deadline, exceptions  # noqa: E402
from cloudtower_python_sdk.api.api_info_api import ApiInfoApi  # noqa: E402
from cloudtower_python_sdk.api.user_api import UserApi  # noqa: E402
from cloudtower_python_sdk.api.vm_api import VmApi  # noqa: E402

GET_VMS = "/v2/api/get-vms"
START_VM = "/v2/api/start-vm"
VM = {"id": "vm-1", "name": "vm one", "status": "RUNNING"}
STARTED = [{"task_id": "task-1", "data": VM}]


def read(client, **options):
    return VmApi(client).get_vms({"first": 1}, **options)


def change(client, **options):
    return VmApi(client).start_vm({"where": {"id": "vm-1"}}, **options)


_BOMB = []


def bomb():
    """20 MB of JSON in 20 KB of gzip (made once)."""
    if not _BOMB:
        _BOMB.append(gzip_bytes(b"[" + b" " * (20 * 1024 * 1024) + b"]"))
    return _BOMB[0]


def gzip_bytes(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as f:
        f.write(data)
    return buf.getvalue()


# -- the matrix: fault x (read, change) -> what reached the server, what the caller got -------------------
def _script(srv, path, fault, ok_body):
    """Script ``fault`` once on ``path``, then a good answer; returns the client settings it needs."""
    if fault == "reset before the request is read":
        srv.drop_connections(1)
    elif fault == "reset after the request was read":
        srv.add(path, drop=True, times=1)
    elif fault.startswith("status "):
        status = int(fault.split()[1])
        srv.add(path, status=status, body={"message": "busy"}, headers={"Retry-After": "0"}, times=1)
    elif fault == "hang":
        srv.add(path, hang=True, times=1)
        return {"read_timeout": 0.2}
    elif fault == "trickle":
        srv.add(path, body=b"[" + b" " * 2000 + b"]", trickle=0.02, times=1)
        return {"request_timeout": 0.3}
    elif fault == "huge body":
        srv.add(path, body=b"[" + b" " * 300000 + b"]", times=1)
        return {"max_answer_size": 100000}
    elif fault == "huge chunked body":
        srv.add(path, body=b"[" + b" " * 300000 + b"]", chunked=True, times=1)
        return {"max_answer_size": 100000}
    elif fault == "gzip bomb":
        srv.add(path, body=bomb(),
                headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}, times=1)
        return {"max_answer_size": 1024 * 1024}
    srv.add(path, body=ok_body)
    return {}


# fault: (read: requests that reached the server, outcome), (change: requests, outcome)
MATRIX = {
    "reset before the request is read": ((1, "ok"), (0, ApiConnectionError)),
    "reset after the request was read": ((2, "ok"), (1, ApiConnectionError)),
    "status 502": ((2, "ok"), (1, ServiceException)),
    "status 503": ((2, "ok"), (1, ServiceException)),
    "status 504": ((2, "ok"), (1, ServiceException)),
    "status 429": ((2, "ok"), (1, ApiException)),
    "status 500": ((1, ServiceException), (1, ServiceException)),   # a bug, not a blip: not retried
    "hang": ((1, ApiTimeoutError), (1, ApiTimeoutError)),
    "trickle": ((1, ApiTimeoutError), (1, ApiTimeoutError)),
    "huge body": ((1, ApiResponseTooLargeError), (1, ApiResponseTooLargeError)),
    "huge chunked body": ((1, ApiResponseTooLargeError), (1, ApiResponseTooLargeError)),
    "gzip bomb": ((1, ApiResponseTooLargeError), (1, ApiResponseTooLargeError)),
}


@pytest.mark.parametrize("kind", ["read", "change"])
@pytest.mark.parametrize("fault", sorted(MATRIX))
def test_fault_matrix(server, make_client, fault, kind):
    path, call, ok = (GET_VMS, read, [VM]) if kind == "read" else (START_VM, change, STARTED)
    client, waits = make_client(server.api_host(), **_script(server, path, fault, ok))
    reached, outcome = MATRIX[fault][kind == "change"]
    started = time.time()
    if outcome == "ok":
        assert call(client)[0].id in ("vm-1", None)
        assert len(waits) == 1
    else:
        with pytest.raises(outcome) as info:
            call(client)
        assert isinstance(info.value, ApiException)
        assert waits == []
    assert len(server.requests) == reached, server.requests
    assert time.time() - started < 10  # hang guard only
    if fault == "trickle":
        assert server.trickled < 2000  # the call ended long before the body


@pytest.mark.parametrize("kind", ["read", "change"])
def test_refused_connection(make_client, kind):
    # Nothing reached a server: a change is as safe to send again as a read.
    client, waits = make_client("http://127.0.0.1:%d/v2/api" % closed_port())
    with pytest.raises(ApiConnectionError) as info:
        (read if kind == "read" else change)(client)
    assert info.value.sent is False
    assert info.value.__cause__ is not None
    assert len(waits) == client.configuration.max_retries


# -- the "done when" list of the reliability issue ---------------------------------------------------
def test_default_configuration_bounds_every_call(server, monkeypatch):
    config = Configuration()
    assert config.connect_timeout + config.read_timeout <= 75
    recorded = []
    real_start = _deadline.start
    monkeypatch.setattr(_deadline, "start", lambda seconds: recorded.append(seconds) or real_start(seconds))
    server.add(GET_VMS, body=[VM])
    with ApiClient(Configuration(host=server.api_host())) as client:
        read(client)
    assert recorded == [config.connect_timeout + config.read_timeout]


def test_a_server_that_never_answers_ends_in_a_timeout(server, make_client):
    server.add(GET_VMS, hang=True)
    client, waits = make_client(server.api_host(), read_timeout=0.2)  # the default is 60 s: too long for a test
    started = time.time()
    with pytest.raises(ApiTimeoutError):
        read(client)
    assert time.time() - started < 10  # hang guard only
    assert len(server.requests) == 1 and waits == []


def test_a_trickling_answer_ends_at_the_deadline(server, make_client):
    server.add(GET_VMS, body=b"[" + b" " * 1000 + b"]", trickle=0.05)  # 50 s of body
    client, _ = make_client(server.api_host())
    started = time.time()
    with pytest.raises(ApiTimeoutError) as info:
        read(client, _request_timeout=0.5)
    assert time.time() - started < 10  # hang guard only: the deadline is 0.5 s, the body takes 50 s
    assert "deadline" in str(info.value)
    assert server.trickled < 1000


def test_get_vms_survives_503s_a_429_and_a_reset(server, make_client):
    server.add(GET_VMS, status=503, times=2)
    server.add(GET_VMS, status=429, headers={"Retry-After": "1"}, times=1)
    server.add(GET_VMS, drop=True, times=1)
    server.add(GET_VMS, body=[VM])
    client, waits = make_client(server.api_host())
    assert read(client)[0].id == "vm-1"
    assert len(server.requests) == 5
    assert all(r.json() == {"first": 1} for r in server.requests)
    assert waits[2] == 1.0  # Retry-After: 1 honoured
    assert 0.25 <= waits[0] <= 0.5 and 0.5 <= waits[1] <= 1.0 and 1.0 <= waits[3] <= 4.0  # backoff, jittered


def test_retry_after_waits_with_time_sleep_by_default(server, monkeypatch):
    pauses = []
    monkeypatch.setattr(time, "sleep", pauses.append)  # the client's default pause, recorded instead of waited
    server.add(GET_VMS, status=429, headers={"Retry-After": "1"}, times=1)
    server.add(GET_VMS, body=[VM])
    with ApiClient(Configuration(host=server.api_host())) as client:
        assert read(client)[0].id == "vm-1"
    assert pauses == [1]  # the one second the server asked for
    assert len(server.requests) == 2


@pytest.mark.parametrize("fault", ["reset", "503"])
def test_start_vm_is_sent_exactly_once(server, make_client, fault):
    if fault == "reset":
        server.add(START_VM, drop=True, times=1)
    else:
        server.add(START_VM, status=503, headers={"Retry-After": "0"}, times=1)
    server.add(START_VM, body=STARTED)
    client, waits = make_client(server.api_host())
    with pytest.raises(ApiException) as info:
        change(client)
    assert len(server.requests) == 1 and waits == []
    if fault == "503":
        assert info.value.status == 503
    else:
        assert info.value.sent is True and info.value.__cause__ is not None


def test_connection_refused_is_an_api_exception(make_client):
    client, _ = make_client("http://127.0.0.1:%d/v2/api" % closed_port(), max_retries=0)
    with pytest.raises(ApiException) as info:
        ApiInfoApi(client).get_api_version()
    assert isinstance(info.value, ApiConnectionError) and "cannot connect" in str(info.value)


# -- retry policy details ----------------------------------------------------------------------------
def test_retry_after_is_capped(server, make_client):
    server.add(GET_VMS, status=503, headers={"Retry-After": "3600"}, times=1)
    server.add(GET_VMS, body=[VM])
    client, waits = make_client(server.api_host(), max_retry_after=2)
    read(client, _request_timeout=30)
    assert waits == [2]


def test_retry_after_as_a_date():
    from email.utils import formatdate
    from cloudtower_python_sdk._retry import retry_after
    later = retry_after({"Retry-After": formatdate(time.time() + 100, usegmt=True)})
    assert 90 < later <= 100
    assert retry_after({"Retry-After": "soon"}) is None and retry_after({}) is None


def test_no_retry_when_the_wait_would_pass_the_deadline(server, make_client):
    server.add(GET_VMS, status=503, headers={"Retry-After": "20"})
    client, waits = make_client(server.api_host())
    with pytest.raises(ServiceException):
        read(client, _request_timeout=5)
    assert waits == [] and len(server.requests) == 1


def test_attempts_are_bounded(server, make_client):
    server.add(GET_VMS, status=503)
    client, waits = make_client(server.api_host(), max_retries=2)
    with pytest.raises(ServiceException):
        read(client)
    assert len(server.requests) == 3 and len(waits) == 2


def test_max_retries_zero_turns_retries_off(server, make_client):
    server.add(GET_VMS, status=503, times=1)
    client, waits = make_client(server.api_host(), max_retries=0)
    with pytest.raises(ServiceException):
        read(client)
    assert len(server.requests) == 1 and waits == []


def test_backoff_doubles_with_jitter_and_a_cap():
    from cloudtower_python_sdk._retry import BACKOFF_CAP, backoff
    for n in range(8):
        ceiling = min(BACKOFF_CAP, 0.5 * 2 ** n)
        for _ in range(20):
            assert ceiling / 2 <= backoff(n, 0.5) <= ceiling


def test_which_operations_read():
    from cloudtower_python_sdk.api.resource_change_api import ResourceChangeApi
    from cloudtower_python_sdk.api_base import Operation
    assert VmApi.get_vms.reads and VmApi.get_vms_connection.reads
    assert ApiInfoApi.get_api_version.reads and ResourceChangeApi.get_resource_changes.reads
    assert not VmApi.start_vm.reads and not VmApi.create_vm.reads and not UserApi.login.reads
    assert Operation("get-vms", "POST", "/get-vms").reads  # what call_api builds
    assert not Operation("delete-vm", "POST", "/delete-vm").reads


def test_call_api_reads_are_retried(server, make_client):
    server.add(GET_VMS, status=503, times=1)
    server.add(GET_VMS, body=[VM])
    client, waits = make_client(server.api_host())
    data = client.call_api("/get-vms", "POST", body={}, response_type="list[Vm]", _return_http_data_only=True)
    assert data[0].id == "vm-1" and len(waits) == 1


def test_preload_false_with_a_retry(server, make_client):
    server.add(GET_VMS, status=503, body={"message": "busy"}, times=1)
    server.add(GET_VMS, body=[VM])
    client, waits = make_client(server.api_host())
    raw = read(client, _preload_content=False)
    assert raw.status == 200 and b"vm-1" in raw.read()
    raw.release_conn()
    assert len(waits) == 1


# -- errors --------------------------------------------------------------------------------------------
def test_every_sdk_error_is_an_api_exception():
    classes = [getattr(exceptions, n) for n in dir(exceptions)
               if isinstance(getattr(exceptions, n), type) and issubclass(getattr(exceptions, n), Exception)]
    for cls in classes:
        if cls is not exceptions.OpenApiException:
            assert issubclass(cls, ApiException), cls
    assert issubclass(ApiTypeError, TypeError) and issubclass(ApiValueError, ValueError)
    assert issubclass(exceptions.ApiKeyError, KeyError) and issubclass(exceptions.ApiAttributeError, AttributeError)
    assert issubclass(ApiTimeoutError, ApiConnectionError)


def test_validation_errors_are_caught_both_ways(make_client):
    client, _ = make_client("http://127.0.0.1:9/v2/api")
    for catch in (ApiException, ValueError):
        with pytest.raises(catch) as info:
            VmApi(client).get_vms({"firts": 1})
        assert info.value.status is None and "firts" in str(info.value)


def test_cause_is_chained_on_every_python():
    import urllib3
    try:
        try:
            raise urllib3.exceptions.ProtocolError("reset")
        except urllib3.exceptions.ProtocolError as e:
            exceptions.raise_from(ApiConnectionError("broke"), e)
    except ApiConnectionError as error:
        assert isinstance(error.__cause__, urllib3.exceptions.ProtocolError)


# -- the README's demonstration -------------------------------------------------------------------------
def test_readme_script_reads_through_a_503(server):
    """examples/timeouts_and_retries.py (shown in README.md) against a CloudTower that answers 503 once."""
    import subprocess
    server.add("/v2/api/login", body={"task_id": None, "data": {"token": "tok-1"}})
    server.add(GET_VMS, status=503, headers={"Retry-After": "0"}, times=1)
    server.add(GET_VMS, body=[VM, VM, VM])
    root = os.path.dirname(HERE)
    env = dict(os.environ, CLOUDTOWER_ENDPOINT=server.api_host(), CLOUDTOWER_USERNAME="root",
               CLOUDTOWER_PASSWORD="root",
               PYTHONPATH=os.pathsep.join([root] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
    proc = subprocess.Popen([sys.executable, os.path.join(root, "examples", "timeouts_and_retries.py")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.communicate()[0].decode("utf-8", "replace")
    assert proc.returncode == 0 and out.strip() == "3 VMs", out
    assert server.paths() == ["/v2/api/login", GET_VMS, GET_VMS]
    assert server.requests[1].header("Authorization") == "tok-1"


def test_a_corrupt_compressed_answer_is_a_connection_error(server, make_client):
    server.add(GET_VMS, body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    client, waits = make_client(server.api_host(), max_retries=0)
    with pytest.raises(ApiConnectionError) as info:
        read(client)
    assert "decoded" in str(info.value)


def test_what_counts_as_never_sent():
    import urllib3
    from cloudtower_python_sdk.exceptions import ApiTLSError
    from cloudtower_python_sdk.rest import Limits, connection_error
    from cloudtower_python_sdk._retry import may_retry_error
    u3 = urllib3.exceptions
    conn = urllib3.connection.HTTPConnection("tower", 80)
    limits = Limits(None, Configuration())
    cases = [
        (u3.NewConnectionError(conn, "refused"), ApiConnectionError, False),           # refused, DNS failure
        (u3.ConnectTimeoutError(conn, "connect timed out"), ApiTimeoutError, False),
        (u3.ProxyError("proxy down", u3.NewConnectionError(conn, "refused")), ApiConnectionError, False),
        (u3.ReadTimeoutError(None, "/get-vms", "read timed out"), ApiTimeoutError, True),
        (u3.ProtocolError("Connection aborted.", IOError("reset")), ApiConnectionError, True),
        (u3.SSLError("certificate verify failed"), ApiTLSError, True),
    ]
    for error, cls, sent in cases:
        mapped = connection_error(error, "POST", "http://tower/v2/api/start-vm", limits, None)
        assert type(mapped) is cls and mapped.sent is sent, (error, mapped)
        # a change is sent again only when it never left; a read also after a broken connection
        assert may_retry_error(mapped, reads=False) is (not sent)
        assert may_retry_error(mapped, reads=True) is (cls is ApiConnectionError or not sent)


def test_a_connection_back_in_the_pool_is_out_of_the_watchdogs_reach(server, make_client, monkeypatch):
    # Another call may take it from the pool at once; a late deadline must not shut it.
    seen = []
    real_start = _deadline.start
    monkeypatch.setattr(_deadline, "start", lambda seconds: seen.append(real_start(seconds)) or seen[-1])
    server.add(GET_VMS, body=[VM])
    client, _ = make_client(server.api_host())
    read(client)
    raw = read(client, _preload_content=False)
    raw.release_conn()
    assert len(seen) == 2 and all(d.conn is None and d.done and not d.expired for d in seen)


def test_the_client_works_on_after_a_deadline(server, make_client):
    server.add(GET_VMS, body=b"[" + b" " * 1000 + b"]", trickle=0.02, times=1)
    server.add(GET_VMS, body=[VM])
    client, _ = make_client(server.api_host())
    with pytest.raises(ApiTimeoutError):
        read(client, _request_timeout=0.3)
    assert [vm.id for vm in read(client)] == ["vm-1"]
    assert [vm.id for vm in read(client)] == ["vm-1"]
    assert server.requests[1].connection_id == server.requests[2].connection_id  # kept alive again
