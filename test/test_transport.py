# coding: utf-8
"""Transport tests: what every Configuration / ApiClient option does on the wire.

Each test talks to a loopback HTTP(S) server (test/loopback.py) that records
the requests it gets and answers scripted responses.  Runs on Python 2.7 and
3.6+ with urllib3 1.26 and 2.x.
"""
import io
import json
import logging
import os
import subprocess
import sys
import threading
import time
import warnings

import pytest
import six
import urllib3

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from loopback import LoopbackProxy, LoopbackServer, Response, TestPKI, have_openssl  # noqa: E402

from cloudtower_python_sdk import (ApiClient, ApiConnectionError, ApiException, ApiTimeoutError,  # noqa: E402
                                   ApiTLSError, ApiValueError, BadRequestException, Configuration,
                                   ForbiddenException, NotFoundException, ServiceException, UnauthorizedException)
from cloudtower_python_sdk import utils  # noqa: E402
from cloudtower_python_sdk.api.api_info_api import ApiInfoApi  # noqa: E402
from cloudtower_python_sdk.api.elf_image_api import ElfImageApi  # noqa: E402
from cloudtower_python_sdk.api.internal_api import InternalApi  # noqa: E402
from cloudtower_python_sdk.api.resource_change_api import ResourceChangeApi  # noqa: E402
from cloudtower_python_sdk.api.user_api import UserApi  # noqa: E402
from cloudtower_python_sdk.api.vm_api import VmApi  # noqa: E402

U3_ERRORS = urllib3.exceptions
GET_VMS = "/v2/api/get-vms"
VM = {"id": "vm-1", "name": "vm one", "status": "RUNNING"}


# -- fixtures and helpers -------------------------------------------------------
@pytest.fixture
def server():
    srv = LoopbackServer()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def pki(tmpdir_factory):
    if not have_openssl():
        pytest.skip("the openssl command is needed to make test certificates")
    return TestPKI(tmpdir_factory.mktemp("pki"))


@pytest.fixture
def clients():
    """``make(srv_or_host, **config_attrs)`` -> a client closed after the test."""
    made = []

    def make(target, client_kwargs=None, **config):
        host = target if isinstance(target, six.string_types) else target.api_host()
        cfg = Configuration(host=host)
        for key, value in config.items():
            assert hasattr(cfg, key), key
            setattr(cfg, key, value)
        client = ApiClient(cfg, **(client_kwargs or {}))
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def restore_default_configuration():
    saved = Configuration._default
    yield
    Configuration._default = saved


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


# -- the request on the wire --------------------------------------------------------
class TestRequestShape(object):

    def test_post_json_body_url_and_default_headers(self, server, clients):
        server.add(GET_VMS, body=[VM])
        client = clients(server)
        vms = VmApi(client).get_vms({"where": {"id": "vm-1"}, "order_by": "name_ASC", "first": 10})
        assert [vm.id for vm in vms] == ["vm-1"]
        assert vms[0].name == "vm one"
        req = only(server)
        assert req.method == "POST"
        assert req.target == "/v2/api/get-vms"
        assert req.json() == {"where": {"id": "vm-1"}, "orderBy": "name_ASC", "first": 10}
        assert b" " not in req.body, "compact JSON expected: %r" % req.body
        assert req.header("Content-Type") == "application/json"
        assert req.header("Content-Length") == str(len(req.body))
        assert req.header("Accept") == "application/json"
        assert "gzip" in req.header("Accept-Encoding")
        assert req.header("User-Agent").startswith("cloudtower-python-sdk/")
        assert req.header("Host") == "127.0.0.1:%d" % server.port
        for absent in ("Authorization", "Cookie", "content-language", "Proxy-Authorization"):
            assert req.header(absent) is None, absent

    def test_host_with_trailing_slash(self, server, clients):
        client = clients(server.api_host() + "/")
        VmApi(client).get_vms({})
        assert only(server).path == GET_VMS

    def test_non_ascii_body_is_utf8_json(self, server, clients):
        client = clients(server)
        VmApi(client).get_vms({"where": {"name": u"虚拟机"}})
        req = only(server)
        assert req.json() == {"where": {"name": u"虚拟机"}}
        if six.PY3:  # Python 2 sends \u escapes: its strings may be UTF-8 bytes or unicode, mixed
            assert u"虚拟机".encode("utf-8") in req.body

    def test_utf8_byte_strings_on_python_2(self, server, clients):
        client = clients(server)
        VmApi(client).get_vms({"where": {"name": u"虚拟机".encode("utf-8") if six.PY2 else u"虚拟机",
                                         "description": u"描述"}})
        assert only(server).json() == {"where": {"name": u"虚拟机", "description": u"描述"}}

    def test_gzip_answer_is_decoded(self, server, clients):
        server.add(GET_VMS, body=[VM] * 50, gzip=True)
        client = clients(server)
        vms, status, headers = VmApi(client).get_vms_with_http_info({})
        assert status == 200
        assert headers["Content-Encoding"] == "gzip"
        assert len(vms) == 50 and vms[0].id == "vm-1"

    def test_user_agent_can_be_replaced(self, server, clients):
        client = clients(server)
        client.user_agent = "my-tool/2.0"
        VmApi(client).get_vms({})
        assert only(server).header("User-Agent") == "my-tool/2.0"

    def test_default_headers_cookie_and_per_call_headers(self, server, clients):
        client = clients(server, client_kwargs=dict(header_name="X-A", header_value="1", cookie="c=1"))
        client.set_default_header("X-Default", "d")
        api = VmApi(client)
        api.get_vms({}, _headers={"X-B": "2", "X-A": "overridden"})
        api.get_vms({})
        first, second = server.requests
        assert first.header("X-A") == "overridden"
        assert first.header("X-B") == "2"
        assert first.header("X-Default") == "d"
        assert first.header("Cookie") == "c=1"
        # Per-call headers are for that call only.
        assert second.header("X-A") == "1"
        assert second.header("X-B") is None
        assert second.header("X-Default") == "d"
        assert second.header("Cookie") == "c=1"

    @pytest.mark.parametrize("language", ["zh-CN", "en-US"])
    def test_content_language_header(self, server, clients, language):
        client = clients(server)
        VmApi(client).get_vms({}, content_language=language)
        assert only(server).header("content-language") == language

    def test_invalid_content_language_is_refused_before_sending(self, server, clients):
        client = clients(server)
        with pytest.raises(ApiValueError) as info:
            VmApi(client).get_vms({}, content_language="fr-FR")
        assert "content_language" in str(info.value)
        assert server.requests == []

    def test_get_version_is_a_get_without_body(self, server, clients):
        server.add("/v2/api/get-version", body="4.6.0")
        client = clients(server)
        assert ApiInfoApi(client).get_api_version() == "4.6.0"
        req = only(server)
        assert req.method == "GET"
        assert req.target == "/v2/api/get-version"
        assert req.body == b""
        assert req.header("Content-Type") is None
        assert req.header("Accept") == "application/json"

    def test_text_answer_of_get_version(self, server, clients):
        server.add("/v2/api/get-version", body=b"4.6.0", headers={"Content-Type": "text/plain"})
        client = clients(server)
        assert ApiInfoApi(client).get_api_version() == "4.6.0"

    @pytest.mark.parametrize("api_class", [ResourceChangeApi, InternalApi])
    def test_resource_changes_sends_a_query_string(self, server, clients, api_class):
        server.add("/v2/api/resource-changes", body={"revision": "7", "changes": []})
        client = clients(server)
        api_class(client).get_resource_changes(limit=5, resource_type="vm")
        req = only(server)
        assert req.method == "GET"
        assert req.path == "/v2/api/resource-changes"
        assert req.query == {"limit": "5", "resource_type": "vm"}
        assert req.body == b""

    def test_multipart_upload(self, server, clients, tmpdir):
        server.add("/v2/api/upload-elf-image", body=[{"id": "upload-1"}])
        image = tmpdir.join("disk.iso")
        content = b"\x00ISO\xffdata\r\n--not-a-boundary\r\n" * 100
        image.write_binary(content)
        client = clients(server)
        with open(str(image), "rb") as f:
            result = ElfImageApi(client).create_elf_image(file=f, cluster_id="c1", name="x")
        assert result[0].id == "upload-1"
        req = only(server)
        assert req.method == "POST"
        assert req.path == "/v2/api/upload-elf-image"
        parts = multipart_parts(req.header("Content-Type"), req.body)
        assert parts["file"][0] == "disk.iso"
        assert parts["file"][2] == content
        assert parts["cluster_id"] == (None, None, b"c1")
        assert parts["name"] == (None, None, b"x")
        assert set(parts) == set(["file", "cluster_id", "name"])
        assert req.header("Accept") == "application/json"

    def test_upload_file_sends_pieces_with_the_task_id(self, server, clients, tmpdir):
        from cloudtower_python_sdk.utils import upload_file
        image = tmpdir.join("big.iso")
        content = bytes(bytearray(range(256))) * 41  # 10,496 bytes: 2 full pieces of 4,096 and a rest
        image.write_binary(content)
        task = {"id": "upload-7", "chunk_size": 4096, "current_chunk": 0, "size": len(content), "status": "UPLOADING"}
        server.add("/v2/api/upload-elf-image", body=[task])
        client = clients(server)
        result = upload_file(ElfImageApi(client).create_elf_image, str(image), chunk_size=4096, cluster_id="c1")
        assert result[0].id == "upload-7"
        parts = [multipart_parts(r.header("Content-Type"), r.body) for r in server.requests]
        assert [len(p["file"][2]) for p in parts] == [4096, 4096, 2304]
        assert b"".join(p["file"][2] for p in parts) == content
        assert "upload_task_id" not in parts[0] and [p["upload_task_id"][2] for p in parts[1:]] == [b"upload-7"] * 2
        assert all(p["cluster_id"][2] == b"c1" and p["name"][2] == b"big.iso" for p in parts)
        assert parts[0]["size"][2] == str(len(content)).encode() and parts[0]["size_unit"][2] == b"B"

    def test_multipart_upload_of_bytes(self, server, clients):
        client = clients(server)
        ElfImageApi(client).create_elf_image(file=("a.raw", b"raw bytes"), cluster_id="c1")
        parts = multipart_parts(only(server).header("Content-Type"), only(server).body)
        assert parts["file"][0] == "a.raw" and parts["file"][2] == b"raw bytes"


# -- authentication --------------------------------------------------------------------
class TestAuth(object):

    def test_api_key_without_prefix(self, server, clients):
        client = clients(server)
        client.configuration.api_key["Authorization"] = "tok-1"
        VmApi(client).get_vms({})
        assert only(server).header("Authorization") == "tok-1"

    def test_api_key_with_prefix(self, server, clients):
        client = clients(server, api_key={"Authorization": "tok-1"}, api_key_prefix={"Authorization": "Bearer"})
        VmApi(client).get_vms({})
        assert only(server).header("Authorization") == "Bearer tok-1"

    def test_headers_are_replaced_whatever_their_case(self, server, clients):
        client = clients(server, api_key={"Authorization": "tok-1"})
        client.set_default_header("Content-Language", "en-US")
        VmApi(client).get_vms({}, content_language="zh-CN", _headers={"authorization": "other"})
        request = only(server)
        assert request.header("content-language") == "zh-CN" and request.header("Authorization") == "other"
        assert request.header_names.count("content-language") == 1
        assert request.header_names.count("authorization") == 1

    def test_request_auth_replaces_the_key_for_one_call(self, server, clients):
        client = clients(server, api_key={"Authorization": "tok-1"})
        VmApi(client).get_vms({}, _request_auth={"in": "header", "key": "Authorization", "value": "other"})
        VmApi(client).get_vms({})
        assert [r.header("Authorization") for r in server.requests] == ["other", "tok-1"]

    def test_no_authorization_without_key(self, server, clients):
        client = clients(server, api_key_prefix={"Authorization": "Bearer"})
        VmApi(client).get_vms({})
        assert only(server).header("Authorization") is None

    def test_key_changes_apply_to_the_next_request(self, server, clients):
        client = clients(server)
        api = VmApi(client)
        api.get_vms({})
        client.configuration.api_key["Authorization"] = "tok-2"
        api.get_vms({})
        assert [r.header("Authorization") for r in server.requests] == [None, "tok-2"]

    def test_refresh_api_key_hook(self, server, clients):
        client = clients(server)
        calls = []

        def refresh(cfg):
            calls.append(1)
            cfg.api_key["Authorization"] = "fresh-%d" % len(calls)

        client.configuration.refresh_api_key_hook = refresh
        VmApi(client).get_vms({})
        VmApi(client).get_vms({})
        assert [r.header("Authorization") for r in server.requests] == ["fresh-1", "fresh-2"]

    def test_basic_auth_only_without_api_key(self, server, clients):
        client = clients(server, username="u", password="p")
        VmApi(client).get_vms({})
        client.configuration.api_key["Authorization"] = "tok"
        VmApi(client).get_vms({})
        assert [r.header("Authorization") for r in server.requests] == ["Basic dTpw", "tok"]

    def test_utils_login_stores_the_token(self, server, clients):
        server.add("/v2/api/login", body={"task_id": None, "data": {"token": "tok-123"}})
        client = clients(server)
        assert utils.login(client, "u", "p") == "tok-123"
        assert client.configuration.api_key["Authorization"] == "tok-123"
        login = only(server)
        assert login.path == "/v2/api/login"
        assert login.json() == {"username": "u", "password": "p", "source": "LOCAL"}
        assert login.header("Authorization") is None
        VmApi(client).get_vms({})
        assert server.requests[1].header("Authorization") == "tok-123"


# -- TLS -----------------------------------------------------------------------------------
class TestTLS(object):
    # "localhost" rather than 127.0.0.1: urllib3 1.26 on Python 2.7 cannot match IP
    # addresses in certificates without the ``ipaddress`` backport.

    def test_verified_with_the_test_ca(self, pki, clients):
        with LoopbackServer(tls=pki) as srv:
            client = clients(srv.api_host("localhost"), verify_ssl=True, ssl_ca_cert=pki.ca_cert)
            srv.add(GET_VMS, body=[VM])
            assert VmApi(client).get_vms({})[0].id == "vm-1"
            assert only(srv).path == GET_VMS

    def test_unknown_ca_fails(self, pki, clients):
        with LoopbackServer(tls=pki) as srv:
            client = clients(srv.api_host("localhost"), verify_ssl=True)
            with pytest.raises(ApiTLSError) as info:
                VmApi(client).get_vms({})
            assert isinstance(underlying(info.value), U3_ERRORS.SSLError), repr(info.value)
            assert len(srv.tls_failures) <= 1  # a certificate is not asked for again
            assert "CERTIFICATE_VERIFY_FAILED" in str(info.value) or "certificate verify failed" in str(info.value)
            assert srv.requests == []
            assert wait_for(lambda: srv.tls_failures), "the server saw no failed handshake"
            import certifi
            assert client.rest_client.pool_manager.connection_pool_kw["ca_certs"] == certifi.where()

    def test_verify_ssl_false_accepts_a_self_signed_certificate(self, pki, clients):
        with LoopbackServer(tls=pki, server_cert="self_signed") as srv:
            strict = clients(srv.api_host("localhost"), ssl_ca_cert=pki.ca_cert)
            with pytest.raises(ApiTLSError):
                VmApi(strict).get_vms({})
            client = clients(srv.api_host(), verify_ssl=False)
            filters = list(warnings.filters)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                VmApi(client).get_vms({})
            assert only(srv).path == GET_VMS
            # The choice was this client's: no warning, and nothing silenced for the rest of the process.
            assert [w for w in caught if issubclass(w.category, urllib3.exceptions.InsecureRequestWarning)] == []
            assert warnings.filters == filters

    def test_client_certificate(self, pki, clients):
        with LoopbackServer(tls=pki, require_client_cert=True) as srv:
            client = clients(srv.api_host("localhost"), ssl_ca_cert=pki.ca_cert,
                             cert_file=pki.cert("client"), key_file=pki.key("client"))
            VmApi(client).get_vms({})
            subject = dict(rdn[0] for rdn in only(srv).peer_cert["subject"])
            assert subject["commonName"] == "loopback-client"

    def test_missing_client_certificate_fails(self, pki, clients):
        with LoopbackServer(tls=pki, require_client_cert=True) as srv:
            client = clients(srv.api_host("localhost"), ssl_ca_cert=pki.ca_cert, retries=0)
            with pytest.raises(ApiConnectionError):  # a TLS alert or a reset, depending on the TLS version
                VmApi(client).get_vms({})
            assert srv.requests == []

    def test_assert_hostname_false_accepts_a_wrong_name(self, pki, clients):
        with LoopbackServer(tls=pki, server_cert="wrong_name") as srv:
            checked = clients(srv.api_host("localhost"), ssl_ca_cert=pki.ca_cert, retries=0)
            with pytest.raises(ApiTLSError) as info:
                VmApi(checked).get_vms({})
            assert "wrong-name.invalid" in str(info.value) or "match" in str(info.value).lower()
            client = clients(srv.api_host("localhost"), ssl_ca_cert=pki.ca_cert, assert_hostname=False)
            VmApi(client).get_vms({})
            assert only(srv).path == GET_VMS

    def test_deadline_ends_a_trickling_tls_answer(self, pki, clients):
        # The watchdog shuts the socket under the TLS layer; the client then works on as before.
        with LoopbackServer(tls=pki) as srv:
            srv.add(GET_VMS, body=b"[" + b" " * 1000 + b"]", trickle=0.02, times=1)
            srv.add(GET_VMS, body=[VM])
            client = clients(srv.api_host("localhost"), ssl_ca_cert=pki.ca_cert)
            start = time.time()
            with pytest.raises(ApiTimeoutError) as info:
                VmApi(client).get_vms({}, _request_timeout=0.5)
            assert "deadline" in str(info.value) and srv.trickled < 1000
            assert time.time() - start < 10  # hang guard only
            assert VmApi(client).get_vms({})[0].id == "vm-1"

    def test_tls_server_name(self, pki, clients):
        with LoopbackServer(tls=pki, server_cert="wrong_name") as srv:
            client = clients(srv.api_host(), ssl_ca_cert=pki.ca_cert, tls_server_name="wrong-name.invalid")
            VmApi(client).get_vms({})
            assert only(srv).path == GET_VMS


# -- proxy -----------------------------------------------------------------------------------
class TestProxy(object):

    def test_http_through_the_proxy_with_proxy_headers(self, server, clients):
        with LoopbackProxy() as proxy:
            client = clients(server, proxy=proxy.url, proxy_headers=urllib3.make_headers(proxy_basic_auth="u:p"),
                             api_key={"Authorization": "tok"})
            server.add(GET_VMS, body=[VM])
            assert VmApi(client).get_vms({"first": 1})[0].id == "vm-1"
            via = only(proxy)
            assert via.method == "POST"
            assert via.target == server.url() + GET_VMS          # absolute URI: a proxy request
            assert via.header("Proxy-Authorization") == "Basic dTpw"
            assert via.json() == {"first": 1}
            req = only(server)
            assert req.path == GET_VMS and req.header("Authorization") == "tok"

    def test_credentials_in_the_proxy_url(self, server, clients):
        with LoopbackProxy() as proxy:
            client = clients(server, proxy="http://user%40corp:p%3Ass@127.0.0.1:" + str(proxy.port))
            VmApi(client).get_vms({})
            auth = urllib3.make_headers(proxy_basic_auth="user@corp:p:ss")["proxy-authorization"]
            assert only(proxy).header("Proxy-Authorization") == auth
            assert only(server).header("Proxy-Authorization") is None
            # proxy_headers, when given, win over the URL's credentials.
            client = clients(server, proxy="http://a:b@127.0.0.1:%d" % proxy.port,
                             proxy_headers=urllib3.make_headers(proxy_basic_auth="u:p"))
            VmApi(client).get_vms({})
            assert proxy.requests[1].header("Proxy-Authorization") == "Basic dTpw"

    def test_no_proxy_bypasses_the_proxy(self, server, clients):
        with LoopbackProxy() as proxy:
            client = clients(server, proxy=proxy.url, no_proxy="example.com, 127.0.0.1")
            VmApi(client).get_vms({})
            assert proxy.requests == []
            assert only(server).path == GET_VMS

    def test_https_through_the_proxy(self, pki, clients):
        with LoopbackProxy() as proxy, LoopbackServer(tls=pki) as srv:
            client = clients(srv.api_host("localhost"), ssl_ca_cert=pki.ca_cert, proxy=proxy.url,
                             proxy_headers=urllib3.make_headers(proxy_basic_auth="u:p"))
            VmApi(client).get_vms({})
            tunnel = only(proxy)
            assert tunnel.method == "CONNECT"
            assert tunnel.target == "localhost:%d" % srv.port
            assert tunnel.header("Proxy-Authorization") == "Basic dTpw"
            assert only(srv).path == GET_VMS


# -- timeouts --------------------------------------------------------------------------------
class TestTimeouts(object):

    def _assert_timed_out(self, call):
        start = time.time()
        with pytest.raises(ApiTimeoutError) as info:
            call()
        assert isinstance(underlying(info.value), (U3_ERRORS.ReadTimeoutError, U3_ERRORS.ProtocolError)), \
            repr(info.value.__cause__)
        assert time.time() - start < 0.9

    def test_per_call_timeout(self, server, clients):
        server.add(GET_VMS, delay=1)
        client = clients(server)
        self._assert_timed_out(lambda: VmApi(client).get_vms({}, _request_timeout=0.2))

    def test_configuration_default_timeout(self, server, clients):
        server.add(GET_VMS, delay=1)
        client = clients(server, request_timeout=0.2)
        self._assert_timed_out(lambda: VmApi(client).get_vms({}))

    def test_per_call_timeout_overrides_the_default(self, server, clients):
        server.add(GET_VMS, body=[VM], delay=0.4)
        client = clients(server, request_timeout=0.1)
        assert VmApi(client).get_vms({}, _request_timeout=5)[0].id == "vm-1"

    def test_default_timeout_changed_after_the_client_was_made(self, server, clients):
        server.add(GET_VMS, delay=1)
        client = clients(server)
        client.configuration.request_timeout = 0.2
        self._assert_timed_out(lambda: VmApi(client).get_vms({}))

    def test_connect_read_pair(self, server, clients):
        server.add(GET_VMS, body=[VM], delay=0.4)
        client = clients(server)
        assert VmApi(client).get_vms({}, _request_timeout=(2, 5))[0].id == "vm-1"
        self._assert_timed_out(lambda: VmApi(client).get_vms({}, _request_timeout=(2, 0.2)))

    def test_urllib3_timeout_object(self, server, clients):
        server.add(GET_VMS, delay=1)
        client = clients(server)
        self._assert_timed_out(lambda: VmApi(client).get_vms({}, _request_timeout=urllib3.Timeout(read=0.2)))

    @pytest.mark.parametrize("timeout", ["soon", (1, 2, 3), -1, 0, True, (1, "x")])
    def test_invalid_timeout_is_refused_before_sending(self, server, clients, timeout):
        client = clients(server)
        with pytest.raises(ApiValueError) as info:
            VmApi(client).get_vms({}, _request_timeout=timeout)
        assert "timeout" in str(info.value).lower()
        assert server.requests == []

    def test_integer_timeouts(self, server, clients):
        server.add(GET_VMS, body=[VM])
        client = clients(server, request_timeout=six.integer_types[-1](5))     # long on Python 2
        assert VmApi(client).get_vms({}, _request_timeout=six.integer_types[-1](5))[0].id == "vm-1"

    def test_get_times_out_too(self, server, clients):
        server.add("/v2/api/get-version", delay=1)
        client = clients(server, retries=0)
        self._assert_timed_out(lambda: ApiInfoApi(client).get_api_version(_request_timeout=0.2))


# -- retries ---------------------------------------------------------------------------------
class TestRetries(object):

    def test_status_retries(self, server, clients):
        server.add(GET_VMS, status=503, times=2)
        server.add(GET_VMS, body=[VM])
        client = clients(server, retries=retry(2, status_forcelist=[503]))
        assert VmApi(client).get_vms({"first": 1})[0].id == "vm-1"
        assert server.paths() == [GET_VMS] * 3
        assert all(r.json() == {"first": 1} for r in server.requests)

    def test_status_retries_exhausted(self, server, clients):
        server.add(GET_VMS, status=503)
        client = clients(server, retries=retry(2, status_forcelist=[503]))
        with pytest.raises((U3_ERRORS.MaxRetryError, ServiceException)):
            VmApi(client).get_vms({})
        assert len(server.requests) == 3

    def test_dropped_connections_are_retried(self, server, clients):
        server.add(GET_VMS, body=[VM])
        server.drop_connections(2)
        client = clients(server, retries=retry(2))
        assert VmApi(client).get_vms({})[0].id == "vm-1"
        assert server.dropped_connections == 2
        assert len(server.requests) == 1

    def test_a_change_is_not_retried_by_default(self, server, clients):
        server.drop_connections(1)   # the request may have reached the server: not provably unsent
        client = clients(server)
        with pytest.raises(ApiConnectionError) as info:
            VmApi(client).start_vm({"where": {"id": "vm-1"}})
        assert info.value.sent
        assert server.dropped_connections == 1 and server.requests == []

    def test_lost_answer_to_a_change_is_not_resent_by_a_custom_policy(self, server, clients):
        # The server got the request (it may have acted on it) but the answer was lost:
        # sending start_vm again could start it twice.
        start = "/v2/api/start-vm"
        server.add(start, drop=True, times=1)
        server.add(start, body=[{"task_id": "t1", "data": VM}])
        client = clients(server, retries=retry(1))      # a urllib3 policy that allows POST
        with pytest.raises(ApiConnectionError):
            VmApi(client).start_vm({"where": {"id": "vm-1"}})
        assert len(server.requests) == 1
        # ... unless the configuration asks for it explicitly.
        server.reset()
        server.add(start, drop=True, times=1)
        server.add(start, body=[{"task_id": "t1", "data": VM}])
        client = clients(server, retries=retry(1), retry_mutations=True)
        assert VmApi(client).start_vm({"where": {"id": "vm-1"}})[0].task_id == "t1"
        assert len(server.requests) == 2

    def test_custom_policy_retries_a_read_after_a_lost_answer(self, server, clients):
        server.add(GET_VMS, drop=True, times=1)
        server.add(GET_VMS, body=[VM])
        client = clients(server, retries=retry(1))
        assert VmApi(client).get_vms({})[0].id == "vm-1"
        assert len(server.requests) == 2

    @pytest.mark.parametrize("retries", [0, False])
    def test_no_retries(self, server, clients, retries):
        server.add(GET_VMS, status=503)
        client = clients(server, retries=retries)
        with pytest.raises(ServiceException) as info:
            VmApi(client).get_vms({})
        assert info.value.status == 503
        assert len(server.requests) == 1

        server.reset()
        server.drop_connections(5)
        client.close()      # the next call needs a new connection
        with pytest.raises(ApiConnectionError) as info:
            ApiInfoApi(client).get_api_version()      # a GET: retried by default
        assert isinstance(underlying(info.value), U3_ERRORS.ProtocolError), repr(info.value.__cause__)
        assert server.dropped_connections == 1

    def test_get_is_retried_by_default(self, server, clients):
        server.add("/v2/api/get-version", body="4.6.0")
        server.drop_connections(2)
        client = clients(server)
        assert ApiInfoApi(client).get_api_version() == "4.6.0"
        assert server.dropped_connections == 2


# -- connection pool ----------------------------------------------------------------------------
class TestPool(object):

    def test_connection_pool_maxsize(self, server, clients):
        client = clients(server, connection_pool_maxsize=3)
        assert client.rest_client.pool_manager.connection_pool_kw["maxsize"] == 3
        VmApi(client).get_vms({})
        pool = client.rest_client.pool_manager.connection_from_url(server.url())
        assert pool.pool.maxsize == 3       # the pool's queue of idle connections

    def test_default_maxsize(self, server, clients):
        client = clients(server)
        expected = Configuration().connection_pool_maxsize
        assert expected >= 4
        assert client.rest_client.pool_manager.connection_pool_kw["maxsize"] == expected

    def test_keep_alive(self, server, clients):
        client = clients(server)
        api = VmApi(client)
        api.get_vms({})
        ApiInfoApi(client).get_api_version()
        api.get_vms({})
        assert len(set(r.client_port for r in server.requests)) == 1      # one TCP connection
        assert len(set(r.connection_id for r in server.requests)) == 1
        client.close()
        api.get_vms({})        # a closed client reconnects
        assert server.requests[-1].connection_id == 2

    def test_connection_closed_by_the_server_while_idle(self, clients):
        with LoopbackServer(idle_timeout=0.2) as srv:
            client = clients(srv)           # default retries: a POST is not retried
            api = VmApi(client)
            api.get_vms({})
            time.sleep(0.5)                 # the server closes the idle connection
            api.get_vms({})
            first, second = srv.requests
            assert first.connection_id != second.connection_id
            assert srv.dropped_connections == 0

    def test_socket_options_reach_the_pool(self, server, clients):
        import socket
        options = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1), (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
        client = clients(server, socket_options=options)
        assert client.rest_client.pool_manager.connection_pool_kw["socket_options"] == options
        VmApi(client).get_vms({})
        assert only(server).path == GET_VMS


# -- errors --------------------------------------------------------------------------------------
ERROR_CASES = [
    (400, BadRequestException, "Bad Request"),
    (401, UnauthorizedException, "Unauthorized"),
    (403, ForbiddenException, "Forbidden"),
    (404, NotFoundException, "Not Found"),
    (500, ServiceException, "Internal Server Error"),
    (503, ServiceException, "Service Unavailable"),
    (409, ApiException, "Conflict"),
]


class TestErrors(object):

    @pytest.mark.parametrize("status,cls,reason", ERROR_CASES)
    def test_error_answers(self, server, clients, status, cls, reason):
        error = {"message": "it went wrong: %d" % status, "code": "VmNotFound", "path": "/get-vms",
                 "status": status, "operationName": "getVms"}
        server.add(GET_VMS, status=status, body=error, headers={"X-Request-Id": "rid-1"})
        client = clients(server, retries=0)
        with pytest.raises(cls) as info:
            VmApi(client).get_vms({})
        e = info.value
        assert isinstance(e, ApiException)
        assert type(e) is cls
        assert e.status == status
        assert e.reason == reason
        assert json.loads(e.body) == error
        assert e.headers["X-Request-Id"] == "rid-1"
        assert e.message == "it went wrong: %d" % status
        assert e.code == "VmNotFound"
        assert e.path == "/get-vms"
        text = str(e)
        for part in (str(status), reason, "it went wrong: %d" % status, "VmNotFound", "/get-vms"):
            assert part in text, (part, text)

    def test_custom_reason_and_gzip_error_body(self, server, clients):
        error = {"message": "bad where", "code": "GraphQLError", "path": "/get-vms", "status": 400}
        server.add(GET_VMS, status=400, body=error, reason="Nope", gzip=True)
        client = clients(server)
        with pytest.raises(BadRequestException) as info:
            VmApi(client).get_vms({})
        assert info.value.reason == "Nope"
        assert info.value.message == "bad where"
        assert json.loads(info.value.body) == error

    def test_non_json_error_body(self, server, clients):
        server.add(GET_VMS, status=502, body=b"<html>upstream is down</html>",
                   headers={"Content-Type": "text/html"})
        client = clients(server, retries=0)
        with pytest.raises(ServiceException) as info:
            VmApi(client).get_vms({})
        e = info.value
        assert e.status == 502 and e.reason == "Bad Gateway"
        assert e.body == "<html>upstream is down</html>"
        assert e.message is None and e.code is None
        assert "502" in str(e) and "upstream is down" in str(e)

    def test_empty_error_body(self, server, clients):
        server.add(GET_VMS, status=404, body=b"")
        client = clients(server)
        with pytest.raises(NotFoundException) as info:
            VmApi(client).get_vms({})
        assert info.value.status == 404
        assert "404" in str(info.value)


# -- call options ------------------------------------------------------------------------------
class TestCallOptions(object):

    def test_peer_helpers_of_the_client(self, server, clients):
        server.add(GET_VMS, body=[VM])
        client = clients(server)
        assert client.select_header_accept(["application/json", "text/plain"]) == "application/json"
        assert client.select_header_accept(["text/plain"]) == "text/plain"
        assert client.select_header_content_type([]) == "application/json"
        assert client.select_header_content_type(["multipart/form-data"]) == "multipart/form-data"
        raw = client.request("POST", server.api_host() + "/get-vms", body={"first": 1},
                             headers={"Content-Type": "application/json"})
        assert raw.status == 200 and only(server).json() == {"first": 1}
        assert client.deserialize(raw, "list[Vm]")[0].id == "vm-1"

    def test_call_api_reaches_any_path_like_the_peer_sdks(self, server, clients):
        server.add(GET_VMS, body=[VM])
        client = clients(server)
        data = client.call_api("/get-vms", "POST", body={"where": {"id": "vm-1"}}, header_params={"X-A": "1"},
                               response_type="list[Vm]", _return_http_data_only=True)
        assert data[0].id == "vm-1" and data[0].status == "RUNNING"
        request = only(server)
        assert request.json() == {"where": {"id": "vm-1"}} and request.header("X-A") == "1"
        data, status, headers = client.call_api("/get-vms", "POST", body={}, response_type="list[Vm]")
        assert status == 200 and data[0].name == "vm one"

    def test_with_http_info(self, server, clients):
        server.add(GET_VMS, body=[VM], headers={"X-Resp": "yes"})
        client = clients(server)
        data, status, headers = VmApi(client).get_vms_with_http_info({})
        assert status == 200
        assert data[0].id == "vm-1"
        assert headers["X-Resp"] == "yes"

    def test_return_http_data_only_false(self, server, clients):
        server.add(GET_VMS, body=[VM])
        client = clients(server)
        data, status, headers = VmApi(client).get_vms({}, _return_http_data_only=False)
        assert data[0].id == "vm-1" and status == 200 and "Content-Length" in headers

    def test_return_http_data_only_true_on_with_http_info(self, server, clients):
        server.add(GET_VMS, body=[VM])
        client = clients(server)
        data = VmApi(client).get_vms_with_http_info({}, _return_http_data_only=True)
        assert not isinstance(data, tuple)
        assert data[0].id == "vm-1"

    def test_preload_content_false_returns_the_raw_response(self, server, clients):
        server.add(GET_VMS, body=[VM], gzip=True)
        client = clients(server)
        raw = VmApi(client).get_vms({}, _preload_content=False)
        assert isinstance(raw, urllib3.response.HTTPResponse)
        assert raw.status == 200
        assert json.loads(raw.read().decode("utf-8")) == [VM]
        raw.release_conn()

    def test_async_req(self, server, clients):
        server.add(GET_VMS, body=[VM])
        client = clients(server)
        result = VmApi(client).get_vms({}, async_req=True)
        assert hasattr(result, "get")
        assert result.get(5)[0].id == "vm-1"
        info = VmApi(client).get_vms_with_http_info({}, async_req=True).get(5)
        assert info[1] == 200

    def test_async_call_inside_an_import(self, server, tmpdir):
        # Python 2: the worker thread must not have to import anything, or it waits
        # for the import lock the importing caller holds, and .get() never returns.
        server.add(GET_VMS, body=[VM])
        server.add("/v2/api/get-clusters", body=[{"id": "c1", "name": "one"}])
        tmpdir.join("uses_sdk_at_import.py").write(
            "import os\n"
            "from cloudtower_python_sdk import ApiClient, Configuration\n"
            "from cloudtower_python_sdk.api.vm_api import VmApi\n"
            "client = ApiClient(Configuration(host=os.environ['TOWER']), pool_threads=2)\n"
            "print(VmApi(client).get_vms({}, async_req=True).get(10)[0].id)\n"
            "print(client.call_api('/get-clusters', 'POST', body={}, response_type='list[Cluster]',\n"
            "                      _return_http_data_only=True, async_req=True).get(10)[0].name)\n")
        env = dict(os.environ, TOWER=server.api_host(),
                   PYTHONPATH=os.pathsep.join([str(tmpdir), ROOT] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
        proc = subprocess.Popen([sys.executable, "-c", "import uses_sdk_at_import"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out = proc.communicate()[0].decode("utf-8", "replace")
        assert proc.returncode == 0 and out.split() == ["vm-1", "one"], out

    def test_async_error(self, server, clients):
        server.add(GET_VMS, status=404, body={"message": "gone", "path": "/get-vms", "status": 404})
        client = clients(server)
        result = VmApi(client).get_vms({}, async_req=True)
        with pytest.raises(NotFoundException):
            result.get(5)

    def test_async_runs_on_pool_threads(self, server, clients):
        server.add(GET_VMS, body=[VM], delay=0.3)
        client = clients(server, client_kwargs=dict(pool_threads=4))
        start = time.time()
        results = [VmApi(client).get_vms({"first": i}, async_req=True) for i in range(8)]
        values = [r.get(10) for r in results]
        elapsed = time.time() - start
        assert all(v[0].id == "vm-1" for v in values)
        assert sorted(r.json()["first"] for r in server.requests) == list(range(8))
        assert elapsed < 1.5, "8 calls of 0.3 s on 4 threads took %.2f s" % elapsed
        assert elapsed >= 0.55, "more than pool_threads=4 calls ran at once (%.2f s)" % elapsed


# -- client lifecycle and default configuration ------------------------------------------------
class TestLifecycle(object):

    def test_context_manager_and_idempotent_close(self, server):
        cfg = Configuration(host=server.api_host())
        with ApiClient(cfg, pool_threads=2) as client:
            VmApi(client).get_vms({}, async_req=True).get(5)
            assert client._pool is not None
            assert len(client.rest_client.pool_manager.pools) == 1
        assert client._pool is None
        assert len(client.rest_client.pool_manager.pools) == 0
        client.close()
        client.close()

    def test_default_configuration(self, server, restore_default_configuration):
        cfg = Configuration(host=server.api_host())
        cfg.api_key["Authorization"] = "default-token"
        Configuration.set_default(cfg)
        cfg.api_key["Authorization"] = "changed-after-set_default"
        client = ApiClient()
        try:
            assert client.configuration is not cfg
            VmApi(client).get_vms({})
            VmApi().get_vms({})     # an Api with no client uses the default too
        finally:
            client.close()
        assert [r.header("Authorization") for r in server.requests] == ["default-token"] * 2

    def test_get_default_copy_is_independent(self, restore_default_configuration):
        cfg = Configuration(host="http://tower.example/v2/api")
        cfg.api_key["Authorization"] = "t"
        cfg.proxy_headers = {"proxy-authorization": "Basic x"}
        Configuration.set_default(cfg)
        a = Configuration.get_default_copy()
        b = Configuration.get_default_copy()
        assert a is not b
        a.host = "http://other/v2/api"
        a.api_key["Authorization"] = "changed"
        a.proxy_headers["x"] = "y"
        assert b.host == "http://tower.example/v2/api"
        assert b.api_key == {"Authorization": "t"}
        assert b.proxy_headers == {"proxy-authorization": "Basic x"}
        assert Configuration.get_default_copy().api_key == {"Authorization": "t"}

    def test_get_default_copy_without_default(self, restore_default_configuration):
        Configuration._default = None
        assert Configuration.get_default_copy().host == Configuration().host

    def test_threads_share_one_client(self, server, clients):
        server.respond_with(lambda rec: Response(200, [{"id": rec.json()["where"]["id"]}]))
        client = clients(server)
        api = VmApi(client)
        errors = []
        seen = []

        def work(t):
            try:
                for i in range(20):
                    vm_id = "vm-%d-%d" % (t, i)
                    vms = api.get_vms({"where": {"id": vm_id}}, _headers={"X-Thread": str(t)})
                    seen.append((vm_id, vms[0].id))
            except Exception as e:  # noqa
                errors.append(e)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
        assert errors == []
        assert len(seen) == 160 and all(a == b for a, b in seen)
        assert len(server.requests) == 160
        for rec in server.requests:
            assert rec.json()["where"]["id"].split("-")[1] == rec.header("X-Thread")


# -- debug logging ---------------------------------------------------------------------------------
@pytest.fixture
def sdk_loggers():
    names = ("cloudtower_python_sdk", "urllib3")
    saved = [(logging.getLogger(n), logging.getLogger(n).level, list(logging.getLogger(n).handlers)) for n in names]
    yield
    for logger, level, handlers in saved:
        for h in list(logger.handlers):
            if h not in handlers:
                logger.removeHandler(h)
                h.close()
        logger.setLevel(level)


class TestLogging(object):

    def test_debug_log_hides_secrets(self, server, clients, tmpdir, sdk_loggers):
        server.add("/v2/api/login", body={"task_id": None, "data": {"token": "tok-123"}})
        server.add(GET_VMS, body=[VM])
        log = str(tmpdir.join("sdk.log"))
        client = clients(server, client_kwargs=dict(cookie="session=cookie-secret"))
        client.configuration.logger_file = log
        client.configuration.debug = True
        res = UserApi(client).login({"username": "u", "password": "s3cret-pw", "source": "LOCAL"})
        assert res.data.token == "tok-123"
        client.configuration.api_key["Authorization"] = "tok-123"
        VmApi(client).get_vms({"where": {"id": "vm-1"}})
        client.configuration.logger_file_handler.flush()
        with io.open(log, encoding="utf-8") as f:
            text = f.read()
        assert "POST %s/login" % server.api_host() in text
        assert "POST %s/get-vms" % server.api_host() in text
        assert "vm-1" in text                      # bodies are logged ...
        assert "s3cret-pw" not in text             # ... but not secrets
        assert "tok-123" not in text
        assert "cookie-secret" not in text
        assert [r.header("Authorization") for r in server.requests] == [None, "tok-123"]

    def test_secret_cut_by_the_log_excerpt_is_masked(self, server, clients, tmpdir, sdk_loggers):
        # Answers are logged truncated; a secret that straddles the cut must not leak its beginning.
        for cut in (3, 12, 30):
            prefix = b'[{"id":"vm-1","name":"' + b"n" * (2000 - cut - len(b'[{"id":"vm-1","name":"')) + b'",'
            server.add(GET_VMS, body=prefix + b'"chap_secret":"SECRET-CHAP-VALUE-0123456789"}]', times=1)
        log = str(tmpdir.join("cut.log"))
        client = clients(server)
        client.configuration.logger_file = log
        client.configuration.debug = True
        for _ in range(3):
            VmApi(client).get_vms({})
        client.configuration.logger_file_handler.flush()
        with io.open(log, encoding="utf-8") as f:
            text = f.read()
        assert text.count("-> 200 ") == 3
        for fragment in ("SECR", "CHAP-VALUE", "0123"):
            assert fragment not in text

    @pytest.mark.parametrize("body", [
        '{"username":"u","password":"pw-1"}',
        '{"data":{"host_ip":"1.2.3.4","platform_password":"pw-1","auth_info":{"root_user_password":"pw-1",'
        '"default_user_password":"pw-1"}}}',
        '{"chap_secret":"pw-1","iscsi_chap_secret":"pw-1","fileSecret":"pw-1"}',
        '{"auth_pass_phrase":"pw-1","privacy_pass_phrase":"pw-1","api_key":"pw-1"}',
        '{"token" : "pw-1"}',
        '{"password":"pw-1\\"still-pw-1"}',
        '[{"id":"x","password":"pw-1',
    ])
    def test_redact_body(self, body):
        from cloudtower_python_sdk.rest import redact_body
        text = redact_body(body.encode("utf-8"))
        assert "pw-1" not in text
        assert "***" in text

    def test_redact_body_keeps_the_rest(self):
        from cloudtower_python_sdk.rest import redact_body, redact_headers
        body = '{"password_expired":true,"password":null,"key":"label","name":"password","first":1}'
        assert redact_body(body) == body
        assert redact_body('{"name":"vm","token":"t"}') == '{"name":"vm","token":"***"}'
        assert redact_headers({"Authorization": "t", "Cookie": "c", "Proxy-Authorization": "p", "X-A": "1"}) == \
            {"Authorization": "***", "Cookie": "***", "Proxy-Authorization": "***", "X-A": "1"}

    def test_changing_logger_file_moves_the_log(self, server, clients, tmpdir, sdk_loggers):
        first, second = str(tmpdir.join("one.log")), str(tmpdir.join("two.log"))
        client = clients(server)
        cfg = client.configuration
        cfg.logger_file = first
        cfg.debug = True
        VmApi(client).get_vms({"where": {"id": "first-call"}})
        cfg.logger_file = second
        VmApi(client).get_vms({"where": {"id": "second-call"}})
        cfg.logger_file_handler.flush()
        with io.open(first, encoding="utf-8") as f:
            one = f.read()
        with io.open(second, encoding="utf-8") as f:
            two = f.read()
        assert "first-call" in one and "second-call" not in one
        assert "second-call" in two and "first-call" not in two

    def test_no_bodies_logged_without_debug(self, server, clients, tmpdir, sdk_loggers):
        log = str(tmpdir.join("quiet.log"))
        client = clients(server)
        client.configuration.logger_file = log
        client.configuration.debug = False
        VmApi(client).get_vms({"where": {"id": "vm-quiet"}})
        with io.open(log, encoding="utf-8") as f:
            assert "vm-quiet" not in f.read()
