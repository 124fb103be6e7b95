# coding: utf-8
"""Transport tests: timeouts, retries and the connection pool.

Each test talks to a loopback HTTP(S) server (test/loopback.py) that records
the requests it gets and answers scripted responses; the fixtures ``server``, ``clients``,
``pki`` live in test/conftest.py.  Runs on Python 2.7 and 3.6+ with urllib3 1.26 and 2.x.
"""
import os
import sys

import pytest
import six
import urllib3

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from loopback import LoopbackServer  # noqa: E402
from transport_helpers import GET_VMS, U3_ERRORS, VM, only, retry, underlying, wait_for  # noqa: E402

from cloudtower_python_sdk import (ApiConnectionError, ApiTimeoutError, ApiValueError,  # noqa: E402
                                   Configuration, ServiceException)
from cloudtower_python_sdk.api.api_info_api import ApiInfoApi  # noqa: E402
from cloudtower_python_sdk.api.vm_api import VmApi  # noqa: E402


# -- timeouts --------------------------------------------------------------------------------
class TestTimeouts(object):

    def _assert_timed_out(self, call):
        # The server never answers (hang=True): only the read timeout under test can end the call.
        with pytest.raises(ApiTimeoutError) as info:
            call()
        assert isinstance(underlying(info.value), (U3_ERRORS.ReadTimeoutError, U3_ERRORS.ProtocolError)), \
            repr(info.value.__cause__)

    def test_per_call_timeout(self, server, clients):
        server.add(GET_VMS, hang=True)
        client = clients(server)
        self._assert_timed_out(lambda: VmApi(client).get_vms({}, _request_timeout=0.1))

    def test_configuration_default_timeout(self, server, clients):
        server.add(GET_VMS, hang=True)
        client = clients(server, request_timeout=0.1)
        self._assert_timed_out(lambda: VmApi(client).get_vms({}))

    def test_per_call_timeout_overrides_the_default(self, server, clients):
        server.add(GET_VMS, body=[VM], delay=0.4)
        client = clients(server, request_timeout=0.1)
        assert VmApi(client).get_vms({}, _request_timeout=5)[0].id == "vm-1"

    def test_default_timeout_changed_after_the_client_was_made(self, server, clients):
        server.add(GET_VMS, hang=True)
        client = clients(server)
        client.configuration.request_timeout = 0.1
        self._assert_timed_out(lambda: VmApi(client).get_vms({}))

    def test_connect_read_pair(self, server, clients):
        server.add(GET_VMS, body=[VM], delay=0.3, times=1)
        server.add(GET_VMS, hang=True)
        client = clients(server)
        assert VmApi(client).get_vms({}, _request_timeout=(2, 5))[0].id == "vm-1"
        self._assert_timed_out(lambda: VmApi(client).get_vms({}, _request_timeout=(2, 0.1)))

    def test_urllib3_timeout_object(self, server, clients):
        server.add(GET_VMS, hang=True)
        client = clients(server)
        self._assert_timed_out(lambda: VmApi(client).get_vms({}, _request_timeout=urllib3.Timeout(read=0.1)))

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
        server.add("/v2/api/get-version", hang=True)
        client = clients(server, retries=0)
        self._assert_timed_out(lambda: ApiInfoApi(client).get_api_version(_request_timeout=0.1))


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
        pauses = []
        client.rest_client.sleep = pauses.append    # the backoff between attempts, recorded instead of waited
        assert ApiInfoApi(client).get_api_version() == "4.6.0"
        assert server.dropped_connections == 2
        assert len(pauses) == 2


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
        with LoopbackServer(idle_timeout=0.05) as srv:
            client = clients(srv)           # default retries: a POST is not retried
            api = VmApi(client)
            api.get_vms({})
            assert wait_for(lambda: srv.closed_connections == 1)   # the server closed the idle connection
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
