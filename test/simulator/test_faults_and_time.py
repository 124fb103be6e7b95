# coding: utf-8
"""Faults on demand (--fault, Simulator(faults=...), sim.add_fault, the pytest marker) and the manual clock."""
import socket

import pytest
import urllib3

from cloudtower_python_sdk import (ApiClient, ApiConnectionError, ApiException, ClusterApi, Configuration, TaskApi,
                                   UnauthorizedException, VmApi)
from cloudtower_python_sdk.pytest_plugin import cloudtower_simulator  # noqa: F401
from cloudtower_python_sdk.simulator import Fault, Simulator
from cloudtower_python_sdk.simulator.clock import ManualClock
from cloudtower_python_sdk.utils import login, wait_tasks

HTTP = urllib3.PoolManager(retries=False)


def stopped_vm(sim):
    return VmApi(sim.client).get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False,
                                                "cluster": {"name": "elf-cluster-1"}}, "first": 1})[0]


def no_retry_client(sim, username="root", password="root"):
    from cloudtower_python_sdk.utils import login
    config = Configuration(host=sim.url)
    config.retries = False
    client = ApiClient(config)
    login(client, username, password)
    return client


def test_fault_rules_parse_and_refuse_bad_forms():
    assert repr(Fault.parse("get-vms:503:2")) == "Fault(get-vms:503:2)"
    assert repr(Fault.parse("start-*:reset")) == "Fault(start-*:reset:1)"
    assert repr(Fault.parse("*:delay=0.5:*")) == "Fault(*:delay=0.5:*)"
    for bad, word in (("get-vms", "OPS:EFFECT"), ("get-vms:418", "status"), ("get-vms:explode", "EFFECT"),
                      ("get-vms:503:0", "COUNT"), ("get-vms:delay=x", "delay"), (":503", "OPS:EFFECT")):
        with pytest.raises(ValueError) as e:
            Fault.parse(bad)
        assert word in str(e.value) and repr(bad) in str(e.value)
    with pytest.raises(ValueError) as e:
        Simulator(faults="get_vms:503")
    assert "matches no operation" in str(e.value) and "did you mean 'get-vms'" in str(e.value)


def test_status_faults_count_then_pass():
    with Simulator(task_seconds=0, faults=["get-vms:503:2", "get-hosts:429"]) as sim:
        url, token = sim.url, sim.client.configuration.api_key["Authorization"]
        statuses = [HTTP.request("POST", url + "/get-vms", body=b"{}", headers={
            "Authorization": token, "Content-Type": "application/json"}).status for _ in range(3)]
        assert statuses == [503, 503, 200]
        r = HTTP.request("POST", url + "/get-hosts", body=b"{}", headers={"Authorization": token})
        assert r.status == 429 and r.headers["Retry-After"] == "1" and b"Fault injected" in r.data
        assert HTTP.request("POST", url + "/get-hosts", body=b"{}", headers={"Authorization": token}).status == 200


def test_reset_drops_the_first_start_and_runs_nothing():
    with Simulator(task_seconds=0) as sim:
        vm = stopped_vm(sim)
        sim.add_fault("start-vm:reset:1")
        client = sim.client  # the default retry policy: a change that was sent is never sent again
        tasks_before = sim.world.count("Task")
        with pytest.raises(ApiConnectionError) as e:
            VmApi(client).start_vm({"where": {"id": vm.id}})
        assert e.value.sent is True  # the request reached the simulator, which dropped the connection
        assert sim.world.count("Task") == tasks_before and sim.world.get("Vm", vm.id)["status"] == "STOPPED"
        res = VmApi(client).start_vm({"where": {"id": vm.id}})  # the second one goes through
        wait_tasks([r.task_id for r in res], client, interval=0.01)
        assert sim.world.get("Vm", vm.id)["status"] == "RUNNING"


def test_hang_holds_the_answer_until_the_client_gives_up():
    with Simulator(task_seconds=0, faults=["get-version:hang"]) as sim:
        host, port = sim.url.split("//")[1].split("/")[0].split(":")
        with socket.create_connection((host, int(port)), timeout=0.1) as s:
            s.sendall(b"GET /v2/api/get-version HTTP/1.1\r\nHost: x\r\n\r\n")
            with pytest.raises(socket.timeout):
                s.recv(100)
        assert HTTP.request("GET", sim.url + "/get-version").status == 200


def test_task_fail_and_revoke_token_and_clear():
    with Simulator(task_seconds=0) as sim:
        vm = stopped_vm(sim)
        sim.add_fault("start-*:task-fail")
        res = VmApi(sim.client).start_vm({"where": {"id": vm.id}})
        with pytest.raises(ApiException):
            wait_tasks([r.task_id for r in res], sim.client, interval=0.01)
        task = TaskApi(sim.client).get_tasks({"where": {"id": res[0].task_id}})[0]
        assert task.status == "FAILED" and task.error_code == "ESimulatedFault"
        assert sim.world.get("Vm", vm.id)["status"] == "STOPPED"
        victim = sim.new_client(login=False)
        login(victim, "admin", "admin", remember=False)  # a token only: nothing to log in again with
        sim.add_fault("get-clusters:revoke-token")
        with pytest.raises(UnauthorizedException):
            ClusterApi(victim).get_clusters({})
        with pytest.raises(UnauthorizedException):  # the token stays revoked for every operation
            VmApi(victim).get_vms({"first": 1})
        # A client that remembers its login logs in again once and resends the call.
        remembering = sim.new_client("admin", "admin")
        revoked = remembering.configuration.api_key["Authorization"]
        sim.add_fault("get-clusters:revoke-token")
        assert ClusterApi(remembering).get_clusters({})
        assert remembering.configuration.api_key["Authorization"] != revoked
        sim.clear_faults()
        assert VmApi(sim.client).get_vms({"first": 1})


def test_delay_then_runs():
    with Simulator(task_seconds=0, faults=["get-vms:delay=0.01"]) as sim:
        assert len(VmApi(sim.client).get_vms({"first": 2})) == 2


@pytest.mark.cloudtower_faults("get-alerts:500:*")
def test_the_pytest_marker_sets_faults(cloudtower_simulator):  # noqa: F811
    from cloudtower_python_sdk import AlertApi
    client = no_retry_client(cloudtower_simulator)
    for _ in range(2):
        with pytest.raises(ApiException) as e:
            AlertApi(client).get_alerts({})
        assert e.value.status == 500
    assert VmApi(client).get_vms({"first": 1})


def test_manual_clock_walks_a_task_through_its_states():
    with Simulator(clock="manual", task_seconds=10) as sim:
        vm = stopped_vm(sim)
        task_id = VmApi(sim.client).start_vm({"where": {"id": vm.id}})[0].task_id

        def state():
            t = TaskApi(sim.client).get_tasks({"where": {"id": task_id}})[0]
            return t.status, t.progress, sim.world.get("Vm", vm.id)["status"]
        assert state() == ("PENDING", 0.0, "STOPPED")
        sim.advance(5)
        assert state() == ("EXECUTING", 0.5, "STOPPED")
        sim.advance(5)
        assert state() == ("SUCCESSED", 1.0, "RUNNING")
        with pytest.raises(ValueError):
            sim.advance(-1)


def test_advance_needs_a_manual_clock():
    with Simulator(task_seconds=0) as sim:
        with pytest.raises(ValueError) as e:
            sim.advance(1)
        assert "manual" in str(e.value)


def test_zero_task_seconds_end_tasks_at_the_next_request():
    with Simulator(task_seconds=0) as sim:
        vm = stopped_vm(sim)
        task_id = VmApi(sim.client).start_vm({"where": {"id": vm.id}})[0].task_id
        assert TaskApi(sim.client).get_tasks({"where": {"id": task_id}})[0].status == "SUCCESSED"


def test_records_a_handler_makes_carry_the_simulators_clock():
    # A manual clock set years back: a record stamped with the wall clock would show today's date.
    clock = ManualClock(start=1262304000.0)  # 2010-01-01T00:00:00Z
    with Simulator(clock=clock, task_seconds=10) as sim:
        vm = stopped_vm(sim)
        clock.advance(90)
        answer = VmApi(sim.client).move_vm_to_recycle_bin({"where": {"id": vm.id}})
        sim.advance(10)
        assert TaskApi(sim.client).get_tasks({"where": {"id": answer[0].task_id}})[0].status == "SUCCESSED"
        assert sim.world.get("Vm", vm.id)["deleted_at"] == "2010-01-01T00:01:40.000Z"
