# coding: utf-8
"""Transport tests: call options (with_http_info, async_req...) and the client's lifecycle.

Each test talks to a loopback HTTP(S) server (test/loopback.py) that records
the requests it gets and answers scripted responses; the fixtures ``server``, ``clients``,
``pki`` live in test/conftest.py.  Runs on Python 2.7 and 3.6+ with urllib3 1.26 and 2.x.
"""
import json
import os
import subprocess
import sys
import threading

import pytest
import urllib3

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from loopback import Response  # noqa: E402
from transport_helpers import GET_VMS, VM, only, wait_for  # noqa: E402

from cloudtower_python_sdk import ApiClient, Configuration, NotFoundException  # noqa: E402
from cloudtower_python_sdk.api.vm_api import VmApi  # noqa: E402


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
        gate = threading.Event()
        server.add(GET_VMS, body=[VM], gate=gate)   # held until the gate opens
        client = clients(server, client_kwargs=dict(pool_threads=4))
        results = [VmApi(client).get_vms({"first": i}, async_req=True) for i in range(8)]
        # Four calls at once: each pool thread waits on its held answer ...
        assert wait_for(lambda: len(server.requests) == 4), server.requests
        # ... so no fifth call can start (a bigger pool would send one within this grace).
        assert not wait_for(lambda: len(server.requests) > 4, timeout=0.1), server.requests
        gate.set()
        values = [r.get(10) for r in results]
        assert all(v[0].id == "vm-1" for v in values)
        assert sorted(r.json()["first"] for r in server.requests) == list(range(8))


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
