# coding: utf-8
"""Transport tests: the request on the wire, authentication and error answers.

Each test talks to a loopback HTTP(S) server (test/loopback.py) that records
the requests it gets and answers scripted responses; the fixtures ``server``, ``clients``,
``pki`` live in test/conftest.py.  Runs on Python 2.7 and 3.6+ with urllib3 1.26 and 2.x.
"""
import json
import os
import sys

import pytest
import six

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from transport_helpers import GET_VMS, VM, multipart_parts, only  # noqa: E402

from cloudtower_python_sdk import (ApiException, ApiValueError, BadRequestException,  # noqa: E402
                                   ForbiddenException, NotFoundException, ServiceException, UnauthorizedException)
from cloudtower_python_sdk import utils  # noqa: E402
from cloudtower_python_sdk.api.api_info_api import ApiInfoApi  # noqa: E402
from cloudtower_python_sdk.api.elf_image_api import ElfImageApi  # noqa: E402
from cloudtower_python_sdk.api.internal_api import InternalApi  # noqa: E402
from cloudtower_python_sdk.api.resource_change_api import ResourceChangeApi  # noqa: E402
from cloudtower_python_sdk.api.vm_api import VmApi  # noqa: E402


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

    def test_a_404_without_cloudtowers_error_body_says_the_path_is_unknown(self, server, clients):
        # What a host without /v2/api, or a Tower without the operation, answers (an HTML page).
        server.add(GET_VMS, status=404, body=b"<pre>Cannot POST /get-vms</pre>", headers={"Content-Type": "text/html"})
        with pytest.raises(NotFoundException) as info:
            VmApi(clients(server)).get_vms({})
        e = info.value
        assert e.request == "POST %s/get-vms" % server.api_host() and e.request in str(e)
        assert "must end with /v2/api" in str(e) and "4.6.0" in str(e)

    def test_cloudtowers_own_404_has_no_hint(self, server, clients):
        server.add(GET_VMS, status=404, body={"message": "no such VM", "status": 404, "path": "/get-vms"})
        with pytest.raises(NotFoundException) as info:
            VmApi(clients(server)).get_vms({})
        assert info.value.request.startswith("POST ") and "Hint" not in str(info.value)
