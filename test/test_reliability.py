# coding: utf-8
"""Reliability: every fault a server or network can produce, for a read and for a change.

A fault-injecting loopback server (test/loopback.py) counts what reached it.
Waits between attempts go through ``rest_client.sleep``, replaced here by a
recorder: no test waits for a backoff in real time.  Runs on Python 2.7 and 3.
"""
import gzip
import io
import os
import sys
import threading
import time
import warnings

import pytest
import six

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from loopback import LoopbackProxy, LoopbackServer, Response, closed_port  # noqa: E402

from cloudtower_python_sdk import (ApiClient, ApiConnectionError, ApiException,  # noqa: E402
                                   ApiResponseTooLargeError, ApiTimeoutError, ApiTypeError, ApiValueError,
                                   Configuration, ServiceException, UnauthorizedException)
from cloudtower_python_sdk import _deadline, exceptions  # noqa: E402
from cloudtower_python_sdk.api.api_info_api import ApiInfoApi  # noqa: E402
from cloudtower_python_sdk.api.user_api import UserApi  # noqa: E402
from cloudtower_python_sdk.api.vm_api import VmApi  # noqa: E402

GET_VMS = "/v2/api/get-vms"
START_VM = "/v2/api/start-vm"
VM = {"id": "vm-1", "name": "vm one", "status": "RUNNING"}
STARTED = [{"task_id": "task-1", "data": VM}]


@pytest.fixture
def server():
    srv = LoopbackServer()
    yield srv
    srv.stop()


@pytest.fixture
def make_client():
    """``make(host, **config)`` -> (client, waits): ``waits`` records every pause between attempts."""
    made = []

    def make(host, **config):
        client = ApiClient(Configuration(host=host, **config))
        waits = []
        client.rest_client.sleep = waits.append
        made.append(client)
        return client, waits

    yield make
    for client in made:
        client.close()


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
        return {"read_timeout": 0.3}
    elif fault == "trickle":
        srv.add(path, body=b"[" + b" " * 2000 + b"]", trickle=0.02, times=1)
        return {"request_timeout": 0.5}
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
    client, waits = make_client(server.api_host(), read_timeout=0.5)  # the default is 60 s: too long for a test
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
        read(client, _request_timeout=2)
    assert time.time() - started < 10  # hang guard only: the deadline is 2 s, the body takes 50 s
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


def test_retry_after_waits_in_real_time(server):
    server.add(GET_VMS, status=429, headers={"Retry-After": "1"}, times=1)
    server.add(GET_VMS, body=[VM])
    with ApiClient(Configuration(host=server.api_host())) as client:
        assert read(client)[0].id == "vm-1"
    first, second = server.requests
    assert second.received_at - first.received_at >= 1.0


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


def test_no_secret_in_error_texts(server, make_client):
    client, _ = make_client(server.api_host())
    wrong = [[u"hunter2-list"], {"x": u"hunter2-dict"}]
    if six.PY3:  # on Python 2 bytes are str, a valid password
        wrong.append(b"hunter2-bytes")
    for password in wrong:
        with pytest.raises(ApiTypeError) as info:
            UserApi(client).login({"username": "root", "password": password, "source": "LOCAL"})
        assert "hunter2" not in str(info.value) and "hunter2" not in repr(info.value)
        assert "'password'" in str(info.value)
    assert server.requests == []

    server.add("/v2/api/get-vms", status=401, body={"message": "expired", "token": "tok-in-body"},
               headers={"Set-Cookie": "session=cookie-secret; HttpOnly", "WWW-Authenticate": "Bearer"})
    client.configuration.api_key["Authorization"] = "tok-secret"
    with pytest.raises(UnauthorizedException) as info:
        read(client)
    for text in (str(info.value), repr(info.value), repr(client.configuration)):
        for secret in ("cookie-secret", "tok-secret", "tok-in-body"):
            assert secret not in text, text
    assert "Set-Cookie" in str(info.value) and "401" in str(info.value)


def test_error_body_secrets_are_masked_when_shown(server, make_client):
    server.add(GET_VMS, status=502, body=b'{"detail":"bad","password":"pw-in-body"}')
    client, _ = make_client(server.api_host(), max_retries=0)
    with pytest.raises(ServiceException) as info:
        read(client)
    assert "pw-in-body" not in str(info.value) and "detail" in str(info.value)


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


# -- limits and hygiene --------------------------------------------------------------------------------
def test_content_length_over_the_cap_is_refused_before_reading(server, make_client):
    server.add(GET_VMS, body=b"[" + b" " * 5000 + b"]")
    client, _ = make_client(server.api_host(), max_answer_size=1000)
    with pytest.raises(ApiResponseTooLargeError) as info:
        read(client)
    assert "max_answer_size" in str(info.value) and info.value.status == 200
    client.configuration.max_answer_size = None
    assert read(client) == []


def test_verify_ssl_false_adds_no_process_wide_warning_filter(server):
    before = list(warnings.filters)
    client = ApiClient(Configuration(host=server.api_host(), verify_ssl=False))
    read(client)
    client.close()
    assert warnings.filters == before


def test_debug_off_puts_back_the_shared_loggers(server):
    import logging
    urllib3_logger = logging.getLogger("urllib3")
    saved = urllib3_logger.level
    urllib3_logger.setLevel(logging.ERROR)
    try:
        config = Configuration(host=server.api_host())
        config.debug = True
        assert urllib3_logger.level == logging.DEBUG
        config.debug = False
        assert urllib3_logger.level == logging.ERROR
        assert not logging.getLogger("cloudtower_python_sdk").handlers
    finally:
        urllib3_logger.setLevel(saved)


def test_collector_is_not_paused_while_other_threads_run():
    from cloudtower_python_sdk.api_client import _alone
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, args=(5,))
    other.start()
    try:
        assert not _alone()
    finally:
        stop.set()
        other.join()


def test_thread_pool_is_released_when_the_client_is_collected(server):
    import gc
    client = ApiClient(Configuration(host=server.api_host()))
    read(client, async_req=True).get(5)
    pool = client._pool
    workers = list(pool._pool)
    del client
    gc.collect()
    for worker in workers:
        worker.join(5)
    assert not any(w.is_alive() for w in workers)


def test_async_calls_run_in_parallel_by_default(server):
    arrived, cond = [0], threading.Condition()

    def together(rec):  # answers only once 3 requests are in at the same time
        with cond:
            arrived[0] += 1
            cond.notify_all()
            give_up = time.time() + 5
            while arrived[0] < 3 and time.time() < give_up:
                cond.wait(0.1)
            return Response(200, [VM]) if arrived[0] >= 3 else Response(500, {"message": "calls ran one by one"})
    server.respond_with(together)
    with ApiClient(Configuration(host=server.api_host(), max_retries=0)) as client:
        results = [read(client, async_req=True) for _ in range(3)]
        assert [r.get(10)[0].id for r in results] == ["vm-1"] * 3


def test_configuration_takes_what_its_docstring_lists():
    import inspect
    import re
    documented = set()
    for names in re.findall(r":param ([\w, \n]+?):", Configuration.__doc__):
        documented.update(n.strip() for n in names.replace("\n", " ").split(",") if n.strip())
    spec = inspect.getargspec(Configuration.__init__) if six.PY2 else inspect.getfullargspec(Configuration.__init__)
    assert documented == set(spec.args[1:])
    config = Configuration(host="https://tower/v2/api", verify_ssl=False, ssl_ca_cert="/ca.pem", cert_file="/c.pem",
                           key_file="/k.pem", proxy="http://proxy:3128", proxy_headers={"X": "1"},
                           connect_timeout=3, read_timeout=20, max_retries=1)
    assert (config.verify_ssl, config.cert_file, config.proxy, config.read_timeout) == (False, "/c.pem",
                                                                                       "http://proxy:3128", 20)


# -- proxies from the environment -----------------------------------------------------------------------
@pytest.fixture
def proxy_env(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_http_proxy_from_the_environment(server, proxy_env):
    with LoopbackProxy() as proxy:
        proxy_env.setenv("HTTP_PROXY", proxy.url)
        with ApiClient(Configuration(host=server.api_host())) as client:
            read(client)
        assert len(proxy.requests) == 1 and len(server.requests) == 1
        with ApiClient(Configuration(host=server.api_host(), trust_env=False)) as client:
            read(client)
        assert len(proxy.requests) == 1 and len(server.requests) == 2
        proxy_env.setenv("no_proxy", "example.com,127.0.0.1")
        with ApiClient(Configuration(host=server.api_host())) as client:
            read(client)
        assert len(proxy.requests) == 1 and len(server.requests) == 3


def test_explicit_proxy_wins_over_the_environment(server, proxy_env):
    with LoopbackProxy() as proxy:
        proxy_env.setenv("HTTP_PROXY", "http://127.0.0.1:%d" % closed_port())
        proxy_env.setenv("NO_PROXY", "127.0.0.1")
        with ApiClient(Configuration(host=server.api_host(), proxy=proxy.url)) as client:
            read(client)
        assert len(proxy.requests) == 1


def test_no_proxy_entries():
    from cloudtower_python_sdk.rest import bypasses_proxy
    assert bypasses_proxy("https://tower.corp.example/v2/api", ".example")
    assert bypasses_proxy("https://tower:8443/v2/api", "other, tower:8443")
    assert not bypasses_proxy("https://tower:8443/v2/api", "tower:443")
    assert bypasses_proxy("http://10.0.0.1/v2/api", "*")
    assert not bypasses_proxy("http://towerx/v2/api", "tower")


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


def test_a_host_that_is_no_url_is_a_value_error(make_client):
    client, waits = make_client("http:///v2/api")
    with pytest.raises(ApiValueError) as info:
        read(client)
    assert "Configuration.host" in str(info.value) and waits == []


def test_a_corrupt_compressed_answer_is_a_connection_error(server, make_client):
    server.add(GET_VMS, body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    client, waits = make_client(server.api_host(), max_retries=0)
    with pytest.raises(ApiConnectionError) as info:
        read(client)
    assert "decoded" in str(info.value)


def test_proxy_variables_lower_case_first(proxy_env):
    from cloudtower_python_sdk.rest import proxy_for
    proxy_env.setenv("HTTPS_PROXY", "upper:3128")
    assert proxy_for(Configuration(host="https://tower/v2/api")) == "http://upper:3128"
    proxy_env.setenv("https_proxy", "http://lower:3128")
    assert proxy_for(Configuration(host="https://tower/v2/api")) == "http://lower:3128"
    assert proxy_for(Configuration(host="http://tower/v2/api")) is None
    proxy_env.setenv("ALL_PROXY", "http://all:3128")
    assert proxy_for(Configuration(host="http://tower/v2/api")) == "http://all:3128"


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
