# coding: utf-8
"""Transport tests: TLS (verification, client certificates, server name) and proxies.

Each test talks to a loopback HTTP(S) server (test/loopback.py) that records
the requests it gets and answers scripted responses; the fixtures ``server``, ``clients``,
``pki`` live in test/conftest.py.  Runs on Python 2.7 and 3.6+ with urllib3 1.26 and 2.x.
"""
import os
import sys
import time
import warnings

import pytest
import urllib3

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from loopback import LoopbackProxy, LoopbackServer  # noqa: E402
from transport_helpers import GET_VMS, U3_ERRORS, VM, only, underlying, wait_for  # noqa: E402

from cloudtower_python_sdk import ApiConnectionError, ApiTimeoutError, ApiTLSError  # noqa: E402
from cloudtower_python_sdk.api.vm_api import VmApi  # noqa: E402


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
