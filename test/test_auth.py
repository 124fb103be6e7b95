# coding: utf-8
"""login(): LDAP through the Tower's AUTHN strategy, and one new login after a 401 (loopback fake Tower)."""
import threading

import pytest

from loopback import LoopbackServer, Response
from cloudtower_python_sdk import ApiClient, Configuration, VmApi
from cloudtower_python_sdk.exceptions import ApiTypeError, UnauthorizedException
from cloudtower_python_sdk.utils import forget_login, login

LDAP_STRATEGIES = {"data": {"authnStrategies": [{"id": "oidc-1", "type": "OIDC"}, {"id": "ldap-7", "type": "LDAP"}]}}
SECRET = "pw-s3cret"


class FakeTower(object):
    """Logins hand out tok-1, tok-2, ...; only the newest token is valid (older ones are 'revoked')."""

    def __init__(self, srv, graphql=None, password=SECRET):
        self.srv = srv
        self.password = password
        self.tokens = []
        self.issued = 0
        self.refuse_every_token = False
        self.stale_calls_to_hold = 0          # hold that many 401 answers until all of them arrived
        self._held = threading.Condition()
        self._held_count = 0
        srv.respond_with(self.answer)
        if graphql is not None:
            srv.add("/api", *graphql)

    def answer(self, rec):
        if rec.path == "/v2/api/login":
            body = rec.json()
            if body["password"] != self.password:
                return Response(401, {"message": "wrong password", "code": "LOGIN_FAILED"})
            self.issued += 1
            self.tokens.append("tok-%d" % self.issued)
            return Response(200, {"task_id": None, "data": {"token": self.tokens[-1]}})
        if rec.path == "/v2/api/get-vms":
            if self.refuse_every_token or not self.tokens or rec.header("authorization") != self.tokens[-1]:
                self._hold()
                return Response(401, {"message": "token revoked", "code": "UNAUTHORIZED"})
            return Response(200, [{"id": "vm-1", "name": "a"}])
        return None

    def _hold(self):
        with self._held:
            if self.stale_calls_to_hold <= 0:
                return
            self._held_count += 1
            self._held.notify_all()
            while self._held_count < self.stale_calls_to_hold:
                if not self._held.wait(10):  # a hang guard only
                    break

    def revoke(self):
        self.tokens.append("revoked-%d" % len(self.tokens))

    def logins(self):
        return [r.json() for r in self.srv.requests if r.path == "/v2/api/login"]

    def calls(self, path):
        return [r for r in self.srv.requests if r.path == path]


@pytest.fixture
def tower():
    servers = []

    def make(graphql=None, **kwargs):
        srv = LoopbackServer(default=Response(404, {"message": "no such path"})).__enter__()
        servers.append(srv)
        fake = FakeTower(srv, graphql, **kwargs)
        client = ApiClient(Configuration(host=srv.api_host()), header_name="X-Trace", header_value="t-1")
        return fake, client

    yield make
    for srv in servers:
        srv.stop()


# -- LDAP through AUTHN -------------------------------------------------------------------------------
def test_ldap_login_uses_the_authn_strategy(tower):
    fake, client = tower(graphql=(200, LDAP_STRATEGIES))
    assert login(client, "alice", SECRET, source="LDAP") == "tok-1"
    assert fake.logins() == [{"username": "alice", "password": SECRET, "source": "AUTHN", "auth_config_id": "ldap-7"}]
    query = fake.calls("/api")[0]
    assert query.method == "POST" and query.json()["query"] == "{authnStrategies{id type}}"
    assert query.header("content-type") == "application/json"
    assert query.header("x-trace") == "t-1"  # the client's own headers and connection pool
    assert client.configuration.api_key["Authorization"] == "tok-1"


@pytest.mark.parametrize("graphql", [
    (404, {"message": "Cannot POST /api"}),                       # a Tower without the GraphQL endpoint
    (400, {"errors": [{"message": "Cannot query field authnStrategies"}]}),
    (200, {"data": {"authnStrategies": [{"id": "oidc-1", "type": "OIDC"}]}}),  # no LDAP strategy
    (200, {"data": {"authnStrategies": None}}),
    (200, "<html>not json</html>"),
])
def test_ldap_login_falls_back_to_plain_ldap(tower, graphql):
    fake, client = tower(graphql=graphql)
    login(client, "alice", SECRET, source="LDAP")
    assert fake.logins() == [{"username": "alice", "password": SECRET, "source": "LDAP"}]


def test_the_strategy_query_is_a_read_sent_again_after_a_503(tower):
    fake, client = tower()
    fake.srv.add("/api", status=503, times=1)
    fake.srv.add("/api", 200, LDAP_STRATEGIES)
    client.rest_client.sleep = lambda seconds: None  # the backoff is not the point here
    login(client, "alice", SECRET, source="LDAP")
    assert len(fake.calls("/api")) == 2
    assert fake.logins()[0]["source"] == "AUTHN"


def test_local_login_asks_no_strategy(tower):
    fake, client = tower(graphql=(200, LDAP_STRATEGIES))
    login(client, "root", SECRET)
    assert fake.calls("/api") == [] and fake.logins()[0]["source"] == "LOCAL"


# -- one new login after a 401 ------------------------------------------------------------------------
def test_a_revoked_token_leads_to_one_new_login_and_a_retry(tower):
    fake, client = tower()
    login(client, "root", SECRET)
    vm_api = VmApi(client)
    assert vm_api.get_vms({})[0].id == "vm-1"
    fake.revoke()
    assert vm_api.get_vms({})[0].id == "vm-1"
    assert len(fake.logins()) == 2
    sent = [r.header("authorization") for r in fake.calls("/v2/api/get-vms")]
    assert sent == ["tok-1", "tok-1", "tok-2"]


def test_ldap_relogin_goes_through_authn_again(tower):
    fake, client = tower(graphql=(200, LDAP_STRATEGIES))
    login(client, "alice", SECRET, source="LDAP")
    fake.revoke()
    VmApi(client).get_vms({})
    assert [b["source"] for b in fake.logins()] == ["AUTHN", "AUTHN"]


def test_a_401_on_the_retried_call_is_raised(tower):
    fake, client = tower()
    login(client, "root", SECRET)
    fake.refuse_every_token = True
    with pytest.raises(UnauthorizedException):
        VmApi(client).get_vms({})
    assert len(fake.logins()) == 2 and len(fake.calls("/v2/api/get-vms")) == 2


def test_when_the_new_login_fails_the_calls_401_is_raised(tower, caplog):
    fake, client = tower()
    login(client, "root", SECRET)
    fake.revoke()
    fake.password = "changed"
    with pytest.raises(UnauthorizedException) as e:
        VmApi(client).get_vms({})
    assert "token revoked" in str(e.value)
    assert "Logging in again as root failed (401 wrong password)" in caplog.text and SECRET not in caplog.text
    assert len(fake.logins()) == 2 and len(fake.calls("/v2/api/get-vms")) == 1


def test_a_failed_login_is_not_retried(tower):
    fake, client = tower()
    with pytest.raises(UnauthorizedException):
        login(client, "root", "bad")
    assert len(fake.logins()) == 1


@pytest.mark.parametrize("setup", ["token_by_hand", "remember_false", "forget_login"])
def test_without_remembered_credentials_the_401_is_raised(tower, setup):
    fake, client = tower()
    if setup == "token_by_hand":
        client.configuration.api_key["Authorization"] = "some-api-key"
    else:
        login(client, "root", SECRET, remember=(setup != "remember_false"))
        if setup == "forget_login":
            forget_login(client)
        fake.revoke()
    with pytest.raises(UnauthorizedException):
        VmApi(client).get_vms({})
    assert len(fake.logins()) == (0 if setup == "token_by_hand" else 1)


def test_concurrent_401s_share_one_login(tower):
    fake, client = tower()
    client.pool_threads = 8
    login(client, "root", SECRET)
    fake.revoke()
    fake.stale_calls_to_hold = 8  # all eight calls get their 401 together
    vm_api = VmApi(client)
    pending = [vm_api.get_vms({}, async_req=True) for _ in range(8)]
    assert [p.get(timeout=30)[0].id for p in pending] == ["vm-1"] * 8
    assert len(fake.logins()) == 2
    client.close()


def test_secrets_stay_out_of_reprs_and_errors(tower):
    fake, client = tower()
    login(client, "root", SECRET)
    assert SECRET not in repr(client._remembered_login) and "root" in repr(client._remembered_login)
    assert SECRET not in repr(client.configuration)
    with pytest.raises(ApiTypeError) as e:
        login(client, "root", 12345)
    assert "password must be a string" in str(e.value) and "12345" not in str(e.value)


def test_raw_answers_and_explicit_credentials_are_left_alone(tower):
    fake, client = tower()
    login(client, "root", SECRET)
    fake.revoke()
    raw = VmApi(client).get_vms({}, _preload_content=False)
    assert raw.status == 401 and b"token revoked" in raw.data  # read, so the connection can be reused
    raw.release_conn()
    with pytest.raises(UnauthorizedException):
        VmApi(client).get_vms({}, _request_auth={"in": "header", "key": "Authorization", "value": "tok-1"})
    assert len(fake.logins()) == 1
