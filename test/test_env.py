# coding: utf-8
"""client_from_env: a logged-in client from CLOUDTOWER_* variables (loopback fake login)."""
import pytest

from loopback import LoopbackServer, Response
from cloudtower_python_sdk import VmApi
from cloudtower_python_sdk.exceptions import ApiValueError
from cloudtower_python_sdk.utils import client_from_env

SECRET = "pw-s3cret"


@pytest.fixture
def srv():
    with LoopbackServer(default=Response(404, {"message": "no such path"})) as s:
        s.add("/v2/api/login", body={"task_id": None, "data": {"token": "tok-env"}})
        s.add("/v2/api/get-vms", body=[{"id": "vm-1"}])
        yield s


def test_logs_in_with_username_and_password(srv):
    client = client_from_env({"CLOUDTOWER_ENDPOINT": srv.url() + "/", "CLOUDTOWER_USERNAME": "root",
                              "CLOUDTOWER_PASSWORD": SECRET, "CLOUDTOWER_TIMEOUT": "2.5"})
    assert client.configuration.host == srv.api_host()  # /v2/api added to a bare address
    assert client.configuration.request_timeout == 2.5 and client.configuration.verify_ssl is True
    assert VmApi(client).get_vms({})[0].id == "vm-1"
    login, call = srv.requests
    assert login.json() == {"username": "root", "password": SECRET, "source": "LOCAL"}
    assert call.header("authorization") == "tok-env"
    assert client._remembered_login is not None  # a revoked token logs in again


def test_ldap_source_and_a_full_api_url(srv):
    client_from_env({"CLOUDTOWER_ENDPOINT": srv.api_host(), "CLOUDTOWER_USERNAME": "alice",
                     "CLOUDTOWER_PASSWORD": SECRET, "CLOUDTOWER_USER_SOURCE": "ldap"})
    assert srv.paths() == ["/api", "/v2/api/login"]  # the AUTHN lookup (a 404 here), then plain LDAP
    assert srv.requests[1].json()["source"] == "LDAP"


def test_an_api_key_is_sent_without_a_login(srv, tmpdir):
    ca = tmpdir.join("ca.pem")
    ca.write("not used over http")
    client = client_from_env({"CLOUDTOWER_ENDPOINT": srv.url(), "CLOUDTOWER_API_KEY": "key-1",
                              "CLOUDTOWER_USERNAME": "ignored", "CLOUDTOWER_VERIFY_SSL": "false",
                              "CLOUDTOWER_CA_CERT": str(ca), "CLOUDTOWER_PASSWORD": ""})
    assert client.configuration.verify_ssl is False and client.configuration.ssl_ca_cert == str(ca)
    VmApi(client).get_vms({})
    assert srv.paths() == ["/v2/api/get-vms"] and srv.requests[0].header("authorization") == "key-1"


@pytest.mark.parametrize("environ, words", [
    ({}, "set CLOUDTOWER_ENDPOINT"),
    ({"CLOUDTOWER_ENDPOINT": ""}, "set CLOUDTOWER_ENDPOINT"),
    ({"CLOUDTOWER_ENDPOINT": "tower.example.com"}, "CLOUDTOWER_ENDPOINT must be an http(s) URL"),
    ({"CLOUDTOWER_ENDPOINT": "http://t"}, "set CLOUDTOWER_USERNAME and CLOUDTOWER_PASSWORD (or CLOUDTOWER_API_KEY"),
    ({"CLOUDTOWER_ENDPOINT": "http://t", "CLOUDTOWER_USERNAME": "root"}, "set CLOUDTOWER_PASSWORD (or"),
    ({"CLOUDTOWER_ENDPOINT": "http://t", "CLOUDTOWER_PASSWORD": SECRET}, "set CLOUDTOWER_USERNAME (or"),
    ({"CLOUDTOWER_ENDPOINT": "http://t", "CLOUDTOWER_VERIFY_SSL": "maybe"},
     "CLOUDTOWER_VERIFY_SSL must be true or false"),
    ({"CLOUDTOWER_ENDPOINT": "http://t", "CLOUDTOWER_CA_CERT": "/no/such/ca.pem"}, "CLOUDTOWER_CA_CERT names"),
    ({"CLOUDTOWER_ENDPOINT": "http://t", "CLOUDTOWER_TIMEOUT": "soon"}, "CLOUDTOWER_TIMEOUT must be a positive"),
    ({"CLOUDTOWER_ENDPOINT": "http://t", "CLOUDTOWER_USERNAME": "root", "CLOUDTOWER_PASSWORD": SECRET,
      "CLOUDTOWER_USER_SOURCE": "SSO"}, "CLOUDTOWER_USER_SOURCE must be LOCAL or LDAP"),
])
def test_errors_name_the_variable_and_never_a_secret(environ, words):
    with pytest.raises(ApiValueError) as e:
        client_from_env(environ)
    assert words in str(e.value) and SECRET not in str(e.value)


def test_reads_os_environ_by_default(srv, monkeypatch):
    monkeypatch.setenv("CLOUDTOWER_ENDPOINT", srv.url())
    monkeypatch.setenv("CLOUDTOWER_API_KEY", "key-2")
    assert client_from_env().configuration.api_key["Authorization"] == "key-2"
