# coding: utf-8
"""Resource changes, durable --state, HTTP hygiene, AUTHN logins and the GraphQL endpoint, multipart bodies."""
import json
import os
import signal
import socket
import subprocess
import sys

import pytest
import urllib3

from cloudtower_python_sdk import (AlertApi, ApiClient, ApiException, Configuration, ResourceChangeApi, UserApi,
                                   VmApi)
from cloudtower_python_sdk.simulator import Engine, Simulator, StateError
from cloudtower_python_sdk.simulator.forms import parse_multipart
from cloudtower_python_sdk.simulator.schema import operations
from cloudtower_python_sdk.utils import login, wait_tasks

HTTP = urllib3.PoolManager(retries=False)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def stopped_vm(sim):
    return VmApi(sim.client).get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False,
                                                "cluster": {"name": "elf-cluster-1"}}, "first": 1})[0]


def start(sim, vm_id):
    res = VmApi(sim.client).start_vm({"where": {"id": vm_id}})
    wait_tasks([r.task_id for r in res], sim.client, interval=0.01)
    return res[0].task_id


# -- resource changes ------------------------------------------------------------------------

def test_a_started_vm_shows_in_the_changes_after_the_revision_read_before(fresh):
    sim = fresh
    api = ResourceChangeApi(sim.client)
    before = api.get_resource_changes()
    assert before.current_revision == "0" and before.compact_revision == "0" and before.data == [] and before.ec == ""
    vm = stopped_vm(sim)
    task_id = start(sim, vm.id)
    r = int(before.current_revision) + 1
    changes = api.get_resource_changes(start_revision=str(r), resource_type="Vm", resource_id=vm.id)
    assert [c.action for c in changes.data] == ["UPDATE"]
    event = changes.data[0]
    assert json.loads(event.old_value)["status"] == "STOPPED" and json.loads(event.new_value)["status"] == "RUNNING"
    assert event.prev_revision is None and int(event.revision) >= r and event.created_at
    tasks = api.get_resource_changes(start_revision=str(r), resource_type="task", resource_id=task_id).data
    assert tasks[0].action == "CREATE" and tasks[0].old_value is None
    assert json.loads(tasks[-1].new_value)["status"] == "SUCCESSED"
    assert [int(t.prev_revision) for t in tasks[1:]] == [int(t.revision) for t in tasks[:-1]]
    revisions = [int(c.revision) for c in api.get_resource_changes(start_revision="1").data]
    assert revisions == list(range(1, len(revisions) + 1))
    assert int(api.get_resource_changes().current_revision) == revisions[-1]


def test_change_filters_limit_and_delete(fresh):
    sim = fresh
    api = ResourceChangeApi(sim.client)
    vm = stopped_vm(sim)
    res = VmApi(sim.client).delete_vm({"where": {"id": vm.id}})
    wait_tasks([r.task_id for r in res], sim.client, interval=0.01)
    deleted = api.get_resource_changes(action="DELETE", resource_type="vm").data
    assert [(d.resource_id, d.new_value) for d in deleted] == [(vm.id, None)]
    assert json.loads(deleted[0].old_value)["name"] == vm.name
    assert len(api.get_resource_changes(start_revision="0", limit=2).data) == 2
    for bad in ({"limit": 0}, {"limit": 1001}, {"start_revision": "x"}, {"action": "EXPLODE"}):
        with pytest.raises(ApiException) as e:  # unchecked: the SDK itself refuses a limit out of 1..1000
            api.get_resource_changes(_check_input_type=False, **bad)
        assert e.value.status == 400 and list(bad)[0] in e.value.message


def test_old_changes_are_compacted():
    with Simulator(task_seconds=0, change_retention=3) as sim:
        start(sim, stopped_vm(sim).id)
        answer = ResourceChangeApi(sim.client).get_resource_changes(start_revision="0")
        assert len(answer.data) == 3 and int(answer.compact_revision) == int(answer.data[0].revision) > 1
        assert answer.data[-1].revision == answer.current_revision


def test_a_failed_request_leaves_no_change(fresh):
    sim = fresh
    with pytest.raises(ApiException):
        VmApi(sim.client).start_vm({"where": {"id": stopped_vm(sim).id}, "data": {"host_id": "no-such-host"}})
    assert ResourceChangeApi(sim.client).get_resource_changes().current_revision == "0"


# -- state ---------------------------------------------------------------------------------

def test_the_journal_keeps_every_settled_change_without_a_clean_stop(tmp_path):
    state = str(tmp_path / "world.json")
    crashed = Simulator(task_seconds=0, state=state).start()
    vm = stopped_vm(crashed)
    start(crashed, vm.id)
    token = crashed.client.configuration.api_key["Authorization"]
    admin = crashed.new_client(login=False)
    login(admin, "admin", "admin", remember=False)  # so that the 401 is not answered by a new login
    crashed.add_fault("get-alerts:revoke-token")
    with pytest.raises(ApiException):
        AlertApi(admin).get_alerts({})
    revision = ResourceChangeApi(crashed.client).get_resource_changes().current_revision
    crashed._server.stop()  # no engine.close(): nothing but the journal is written
    assert os.path.getsize(state + ".journal") > 0
    with Simulator(task_seconds=0, state=state) as sim:
        assert sim.world.get("Vm", vm.id)["status"] == "RUNNING"
        client = ApiClient(Configuration(host=sim.url))
        client.configuration.api_key["Authorization"] = token
        assert UserApi(client).get_my_info().username == "root"
        client.configuration.api_key["Authorization"] = admin.configuration.api_key["Authorization"]
        with pytest.raises(ApiException) as e:  # revoked before the crash: still revoked
            UserApi(client).get_my_info()
        assert e.value.status == 401
        client.configuration.api_key["Authorization"] = token
        answer = ResourceChangeApi(client).get_resource_changes(resource_id=vm.id)
        assert answer.current_revision == revision and answer.data[-1].action == "UPDATE"
    assert os.path.getsize(state) > 0 and os.path.getsize(state + ".journal") == 0


def test_an_interrupted_task_fails_after_a_restart(tmp_path):
    state = str(tmp_path / "world.json")
    crashed = Engine(task_seconds=100, state=state, clock="manual")
    with crashed.lock:
        task_id = crashed.new_task("never ends", lambda: None)
        crashed.commit()
    task = Engine(state=state).store.get("Task", task_id)
    assert task["status"] == "FAILED" and task["error_code"] == "ESimulatorRestarted"


def test_a_corrupt_state_file_is_a_one_line_error(tmp_path, capsys):
    from cloudtower_python_sdk.simulator.__main__ import main
    state = tmp_path / "world.json"
    state.write_text("{not json")
    with pytest.raises(StateError) as e:
        Engine(state=str(state))
    assert str(state) in str(e.value) and "\n" not in str(e.value)
    assert main(["--state", str(state)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(state) in err
    missing = str(tmp_path / "no-such-folder" / "world.json")
    assert main(["--port", "0", "--vms", "2", "--state", missing]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Cannot write the state file %s" % missing) and err.count("\n") == 1


def test_command_line_kill_9_loses_nothing_and_a_taken_port_is_a_one_line_error(tmp_path, capsys):
    """The command line as a user runs it: start, a second one on the same port, kill -9 after a VM
    started, a restart on the same state, a clean stop (SIGINT) that writes the state file whole."""
    state = str(tmp_path / "cli.json")
    env = dict(os.environ, PYTHONPATH=ROOT)
    cmd = [sys.executable, "-m", "cloudtower_python_sdk.simulator", "--port", "0", "--vms", "20",
           "--task-seconds", "0", "--state", state]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, universal_newlines=True)
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("CloudTower simulator listening on http://127.0.0.1:") and line.endswith("/v2/api")
        url = line.split(" on ", 1)[1]
        port = url.split(":")[2].split("/")[0]
        from cloudtower_python_sdk.simulator.__main__ import main
        assert main(["--port", port]) == 2
        err = capsys.readouterr().err
        assert "already in use" in err and err.count("\n") == 1
        client = ApiClient(Configuration(host=url))
        login(client, "root", "root")
        assert VmApi(client).get_vms_connection({}).aggregate.count == 20
        vm = VmApi(client).get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False,
                                              "cluster": {"hypervisor": "ELF", "connect_state": "CONNECTED"}}})[0]
        res = VmApi(client).start_vm({"where": {"id": vm.id}})
        wait_tasks([r.task_id for r in res], client, interval=0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(20)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, universal_newlines=True)
    try:
        url = proc.stdout.readline().strip().split(" on ", 1)[1]
        client = ApiClient(Configuration(host=url))
        login(client, "root", "root")
        assert VmApi(client).get_vms({"where": {"id": vm.id}})[0].status == "RUNNING"
    finally:
        proc.send_signal(signal.SIGINT)
        out = proc.communicate(timeout=20)[0]
    assert proc.returncode == 0 and "stopped" in out
    assert os.path.getsize(state) > 0 and os.path.getsize(state + ".journal") == 0


# -- tokens, AUTHN, GraphQL ----------------------------------------------------------------------

def test_two_simulators_of_one_seed_hand_out_different_tokens():
    tokens = []
    for _ in range(2):
        with Simulator(seed=5, task_seconds=0) as sim:
            tokens.append(sim.client.configuration.api_key["Authorization"])
    assert tokens[0] != tokens[1]


def test_authn_strategies_and_an_authn_login(sim):
    api = sim.url[:-len("/v2/api")] + "/api"
    r = HTTP.request("POST", api, body=b'{"query": "{authnStrategies{id type}}"}',
                     headers={"Content-Type": "application/json"})
    strategies = json.loads(r.data)["data"]["authnStrategies"]
    assert r.status == 200 and [s["type"] for s in strategies] == ["LDAP"]
    client = ApiClient(Configuration(host=sim.url))
    from cloudtower_python_sdk import UserApi as Users
    token = Users(client).login({"username": "ldap-user", "password": "ldap", "source": "AUTHN",
                                 "auth_config_id": strategies[0]["id"]}).data.token
    client.configuration.api_key["Authorization"] = token
    assert Users(client).get_my_info().username == "ldap-user"
    for config_id in ("no-such-strategy", None):
        with pytest.raises(ApiException) as e:
            Users(client).login({"username": "ldap-user", "password": "ldap", "source": "AUTHN",
                                 "auth_config_id": config_id})
        assert e.value.status == 400 and "auth_config_id" in e.value.message
    assert HTTP.request("GET", api).status == 405
    assert HTTP.request("POST", api, body=b'{"query": "{vms{id}}"}').status == 400


# -- HTTP hygiene ------------------------------------------------------------------------------

def test_wrong_methods_are_405_with_an_error_body(sim):
    for method in ("GET", "PUT", "DELETE", "PATCH", "OPTIONS"):
        r = HTTP.request(method, sim.url + "/get-vms")
        assert r.status == 405 and r.headers["Allow"] == "POST", method
        assert json.loads(r.data)["status"] == 405 and r.headers["Content-Type"].startswith("application/json")
    r = HTTP.request("HEAD", sim.url + "/get-vms")
    assert r.status == 405 and r.data == b""
    r = HTTP.request("BREW", sim.url + "/get-vms")
    assert r.status == 501 and json.loads(r.data)["status"] == 501
    host, port = sim.url.split("//")[1].split("/")[0].split(":")
    for line, status in ((b"GARBAGE\r\n\r\n", 400), (b"GET /" + b"x" * 70000 + b" HTTP/1.1\r\n\r\n", 414)):
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(line)
            answer = b""
            while True:
                chunk = s.recv(4096)
                if not chunk:
                    break
                answer += chunk
        assert json.loads(answer.split(b"\r\n\r\n")[-1])["status"] == status


def test_body_cap_and_deep_json(sim):
    host, port = sim.url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"POST /v2/api/get-vms HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n")
        answer = s.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413") and b"too large" in answer
    token = sim.client.configuration.api_key["Authorization"]
    deep = b'{"where": ' * 1000 + b"{}" + b"}" * 1000
    for body in (deep, b"[" * 100000 + b"]" * 100000):
        r = HTTP.request("POST", sim.url + "/get-vms", body=body, headers={"Authorization": token})
        assert r.status == 400 and b"nested" in r.data


def test_multipart_bodies_become_form_fields():
    op = operations()["/upload-elf-image"]
    body, content_type = urllib3.encode_multipart_formdata(
        [("file", ("a.iso", b"\x00\x01piece")), ("name", "a.iso"), ("size", "7"), ("size_unit", "B")])
    assert parse_multipart(op, body, content_type) == {"file": b"\x00\x01piece", "name": "a.iso", "size": "7",
                                                       "size_unit": "B"}
    for fields, word in (([("name", "x")], "'file'"), ([("file", ("a", b"x")), ("nmae", "x")], "'nmae'")):
        body, content_type = urllib3.encode_multipart_formdata(fields)
        with pytest.raises(Exception) as e:
            parse_multipart(op, body, content_type)
        assert e.value.status == 400 and word in e.value.message
    with pytest.raises(Exception) as e:
        parse_multipart(op, b"--x\r\n", "multipart/form-data; boundary=x")
    assert e.value.status == 400



def test_idle_connections_time_out_and_handler_threads_are_bounded():
    import threading
    import time
    from cloudtower_python_sdk.simulator import make_server
    httpd = make_server(Engine(vms=5, task_seconds=0), max_threads=2, request_timeout=0.1)
    serving = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    serving.start()
    try:
        before = threading.active_count()
        idle = [socket.create_connection(httpd.server_address[:2]) for _ in range(6)]  # they never say a word
        deadline = time.time() + 5  # a hang guard, not a timing assertion
        while httpd._slots._value > 0 and time.time() < deadline:
            time.sleep(0.01)
        assert threading.active_count() - before <= 2
        host, port = httpd.server_address[:2]
        r = HTTP.request("GET", "http://%s:%d/v2/api/get-version" % (host, port), timeout=10)
        assert r.status == 200  # served once the idle connections timed out
        idle[0].settimeout(10)
        assert idle[0].recv(10) == b""  # the server hung up on it
        for s in idle:
            s.close()
    finally:
        httpd.stopping.set()
        httpd.shutdown()
        httpd.server_close()
