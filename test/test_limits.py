# coding: utf-8
"""Limits and hygiene: no secret in error texts, a cap on answers, nothing process-wide the user did not
turn on, threads released, proxies from the environment, a Configuration that takes what it documents.

Uses the loopback server and helpers of test_reliability.  Runs on Python 2.7 and 3.
"""
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

from loopback import LoopbackProxy, Response, closed_port  # noqa: E402
from test_reliability import GET_VMS, VM, read  # noqa: E402

from cloudtower_python_sdk import (ApiClient, ApiResponseTooLargeError, ApiTypeError, ApiValueError,  # noqa: E402
                                   Configuration, ServiceException, UnauthorizedException)
from cloudtower_python_sdk.api.user_api import UserApi  # noqa: E402


# -- secrets ----------------------------------------------------------------------------------------------
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


# -- limits ------------------------------------------------------------------------------------------------
def test_content_length_over_the_cap_is_refused_before_reading(server, make_client):
    server.add(GET_VMS, body=b"[" + b" " * 5000 + b"]")
    client, _ = make_client(server.api_host(), max_answer_size=1000)
    with pytest.raises(ApiResponseTooLargeError) as info:
        read(client)
    assert "max_answer_size" in str(info.value) and info.value.status == 200
    client.configuration.max_answer_size = None
    assert read(client) == []


# -- nothing process-wide, threads released ------------------------------------------------------------------
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


# -- configuration and proxies ---------------------------------------------------------------------------------
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


def test_a_host_that_is_no_url_is_a_value_error(make_client):
    client, waits = make_client("http:///v2/api")
    with pytest.raises(ApiValueError) as info:
        read(client)
    assert "Configuration.host" in str(info.value) and waits == []


def test_proxy_variables_lower_case_first(proxy_env):
    from cloudtower_python_sdk.rest import proxy_for
    proxy_env.setenv("HTTPS_PROXY", "upper:3128")
    assert proxy_for(Configuration(host="https://tower/v2/api")) == "http://upper:3128"
    proxy_env.setenv("https_proxy", "http://lower:3128")
    assert proxy_for(Configuration(host="https://tower/v2/api")) == "http://lower:3128"
    assert proxy_for(Configuration(host="http://tower/v2/api")) is None
    proxy_env.setenv("ALL_PROXY", "http://all:3128")
    assert proxy_for(Configuration(host="http://tower/v2/api")) == "http://all:3128"

