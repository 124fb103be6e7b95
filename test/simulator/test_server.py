# coding: utf-8
"""Auth, bad requests, unsimulated operations, concurrency, --state, the command line, scale."""
import json
import os
import threading

import pytest
import urllib3

from cloudtower_python_sdk import (ApiClient, ApiException, ApiInfoApi, Configuration, UnauthorizedException,
                                   UserApi, VmApi, TaskApi)
from cloudtower_python_sdk.utils import login, wait_tasks

HTTP = urllib3.PoolManager()


def post(sim, path, body, token=True, raw=False):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = sim.client.configuration.api_key["Authorization"]
    data = body if raw else json.dumps(body).encode()
    r = HTTP.request("POST", sim.url + path, body=data, headers=headers)
    return r.status, json.loads(r.data)


def test_login_and_401(sim):
    anonymous = ApiClient(Configuration(host=sim.url))
    with pytest.raises(UnauthorizedException) as e:
        VmApi(anonymous).get_vms({})
    assert e.value.status == 401 and e.value.message and e.value.path == "/v2/api/get-vms"
    assert ApiInfoApi(anonymous).get_api_version() == "4.6.0"
    anonymous.configuration.api_key["Authorization"] = "not-a-token"
    with pytest.raises(UnauthorizedException):
        VmApi(anonymous).get_vms({})
    token = login(anonymous, "root", "root")
    assert token and VmApi(anonymous).get_vms({"first": 1})
    with pytest.raises(ApiException) as e:
        login(ApiClient(Configuration(host=sim.url)), "root", "wrong")
    assert e.value.status == 400
    ldap = sim.new_client("ldap-user", "ldap", "LDAP")
    assert UserApi(ldap).get_my_info().source == "LDAP"


def test_error_bodies(sim):
    status, body = post(sim, "/get-vms", {"where": {"nmae": "x"}})
    assert status == 400 and "nmae" in body["message"] and body["path"] == "/v2/api/get-vms"
    assert body["status"] == 400 and body["operationName"] == "get_vms"
    status, body = post(sim, "/get-vms", {"where": {"vcpu_gt": "4"}})
    assert status == 400 and "where.vcpu_gt" in body["message"]
    status, body = post(sim, "/get-vms", {"where": {"status": "RUNING"}})
    assert status == 400 and "RUNING" in body["message"]
    status, body = post(sim, "/get-vms", {"orderBy": "name"})
    assert status == 400 and "orderBy" in body["message"]
    status, body = post(sim, "/get-vms", b"{not json", raw=True)
    assert status == 400 and "JSON" in body["message"]
    status, body = post(sim, "/no-such-operation", {})
    assert status == 404 and "no-such-operation" in body["message"]
    r = HTTP.request("GET", sim.url.replace("/v2/api", "/elsewhere"))
    assert r.status == 404
    status, body = post(sim, "/get-vms", {"where": {"order_by": "x"}})  # attribute names are not wire names
    assert status == 400


def test_sdk_and_simulator_agree_on_validation(sim):
    """What the SDK refuses before sending, the simulator refuses too (same checker)."""
    from cloudtower_python_sdk import ApiValueError, ApiTypeError
    bad = [{"where": {"id": 1}}, {"first": "1"}, {"where": {"cluster": {"nmae": "x"}}}, {"where": {"AND": {}}}]
    for body in bad:
        with pytest.raises((ApiValueError, ApiTypeError)):
            VmApi(sim.client).get_vms(body)
        status, answer = post(sim, "/get-vms", body)
        assert status == 400, body


def test_bad_body_changes_nothing(fresh):
    vm = VmApi(fresh.client).get_vms({"where": {"status": "STOPPED"}, "first": 1})[0]
    tasks = TaskApi(fresh.client).get_tasks_connection({}).aggregate.count
    status, body = post(fresh, "/update-vm-basic-info", {"where": {"id": vm.id}, "data": {"name": 5}})
    assert status == 400 and "data.name" in body["message"]
    status, body = post(fresh, "/update-vm-basic-info", {"where": {"id": vm.id}})
    assert status == 400 and "data" in body["message"]
    status, body = post(fresh, "/create-vm", [{"name": "x"}])
    assert status == 400 and "[0]" in body["message"]
    assert TaskApi(fresh.client).get_tasks_connection({}).aggregate.count == tasks
    assert VmApi(fresh.client).get_vms({"where": {"id": vm.id}})[0].name == vm.name


def test_unsimulated_operation_is_a_clear_error(sim):
    from cloudtower_python_sdk import ClusterApi
    with pytest.raises(ApiException) as e:
        ClusterApi(sim.client).connect_cluster([{"ip": "10.9.9.9", "username": "root", "password": "x"}])
    assert e.value.status == 501 and "connect_cluster" in e.value.message and "/connect-cluster" in e.value.message
    assert "real cluster" in e.value.message  # the reason
    status, body = post(sim, "/connect-cluster", [{"nmae": "x"}])
    assert status == 400  # the body is checked first


def test_every_operation_is_routed(sim):
    """No path answers a bare 404: each is either served, refused for its body, or named as not simulated."""
    from cloudtower_python_sdk.simulator import schema
    token = sim.client.configuration.api_key["Authorization"]
    for path, op in sorted(schema.operations().items()):
        r = HTTP.request(op.http_method, sim.url + path, body=b"" if op.http_method == "GET" else b"{}",
                         headers={"Authorization": token, "Content-Type": "application/json"})
        assert r.status in (200, 400, 501), (path, r.status, r.data[:200])
        body = json.loads(r.data)
        if r.status == 501:
            assert op.name in body["message"]
        if r.status == 400:
            assert body["message"] and body["path"] == "/v2/api" + path


def test_concurrent_clients(fresh):
    from cloudtower_python_sdk import ClusterApi
    cluster = ClusterApi(fresh.client).get_clusters({"where": {"name": "elf-cluster-1"}})[0]
    errors, created = [], []

    def worker(n):
        try:
            client = fresh.new_client()
            api = VmApi(client)
            res = api.create_vm([{"cluster_id": cluster.id, "name": "conc-%d" % n, "ha": False, "cpu_cores": 1,
                                  "cpu_sockets": 1, "memory": 1024 ** 3, "status": "STOPPED", "firmware": "BIOS",
                                  "vm_nics": [], "vm_disks": {}}])
            wait_tasks([r.task_id for r in res], client, interval=0.02)
            res = api.start_vm({"where": {"id": res[0].data.id}})
            wait_tasks([r.task_id for r in res], client, interval=0.02)
            for _ in range(5):
                api.get_vms({"where": {"name_starts_with": "conc-"}})
            created.append(res[0].data.id)
        except Exception as e:  # pragma: no cover
            errors.append(e)
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    vms = VmApi(fresh.client).get_vms({"where": {"name_starts_with": "conc-"}})
    assert len(vms) == 8 and all(v.status == "RUNNING" for v in vms)
    assert len(set(v.id for v in vms)) == 8


def test_state_file_round_trip(tmp_path):
    from cloudtower_python_sdk.simulator import Simulator
    state = str(tmp_path / "world.json")
    with Simulator(seed=3, task_seconds=0.05, state=state) as sim:
        vm = VmApi(sim.client).get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False}, "first": 1})[0]
        res = VmApi(sim.client).update_vm({"where": {"id": vm.id}, "data": {"name": "persisted"}})
        wait_tasks([r.task_id for r in res], sim.client, interval=0.02)
        count = VmApi(sim.client).get_vms_connection({}).aggregate.count
    assert os.path.exists(state)
    with Simulator(seed=99, task_seconds=0.05, state=state) as sim:
        assert VmApi(sim.client).get_vms({"where": {"id": vm.id}})[0].name == "persisted"
        assert VmApi(sim.client).get_vms_connection({}).aggregate.count == count
        assert VmApi(sim.client).get_vms({"where": {"id": vm.id}})[0].cluster.id == vm.cluster.id
        res = VmApi(sim.client).start_vm({"where": {"id": vm.id}})
        wait_tasks([r.task_id for r in res], sim.client, interval=0.02)


def test_same_seed_same_world():
    from cloudtower_python_sdk.simulator import Simulator
    worlds = []
    for _ in range(2):
        with Simulator(seed=7, task_seconds=0.05) as sim:
            worlds.append([(v["id"], v["name"], v["status"], v["vcpu"]) for v in sim.world.all("Vm")])
    assert worlds[0] == worlds[1]


def test_command_line_help(capsys):
    from cloudtower_python_sdk.simulator.__main__ import main
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    for option in ("--host", "--port", "--seed", "--vms", "--task-seconds", "--state", "--fault",
                   "--change-retention"):
        assert option in help_text
    with pytest.raises(SystemExit):
        main(["--fault", "get-vms:418"])
    assert "Bad fault 'get-vms:418'" in capsys.readouterr().err


def test_a_big_world_and_many_tasks_keep_the_stats_right():
    """A 2,000-VM world answers filters exactly; 300 tasks ending in one settle leave every stat right
    (cluster stats are refreshed once per settle, not once per task).  Speed at 10,000 VMs:
    benchmarks/simulator_scale.py."""
    from cloudtower_python_sdk import ClusterApi
    from cloudtower_python_sdk.simulator import Simulator
    with Simulator(seed=0, vms=2000, task_seconds=0) as sim:
        api = VmApi(sim.client)
        assert api.get_vms_connection({}).aggregate.count == 2000
        ids = [v.id for v in api.get_vms({"first": 200, "skip": 1000})]
        assert [v.id for v in api.get_vms({"where": {"id_in": ids}})] == ids
        found = api.get_vms({"where": {"status": "SUSPENDED", "cluster": {"name": "elf-cluster-2"},
                                       "name_starts_with": "db"}})
        assert found and all(v.status == "SUSPENDED" and v.name.startswith("db") for v in found)
        ids = [v.id for v in api.get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False,
                                                    "cluster": {"hypervisor": "ELF", "connect_state": "CONNECTED"}},
                                          "first": 300})]
        assert len(ids) == 300
        res = api.start_vm({"where": {"id_in": ids}})
        wait_tasks([r.task_id for r in res], sim.client, interval=0.01, timeout=60)
        res = api.shut_down_vm({"where": {"id_in": ids[:150]}})
        sim.world.settle()
        tasks = TaskApi(sim.client).get_tasks({"where": {"id_in": [r.task_id for r in res]}})
        assert set(t.status for t in tasks) == {"SUCCESSED"}
        engine = sim.engine
        with engine.lock:
            vms = engine.store.all("Vm")
            for c in engine.store.all("Cluster"):
                mine = [v for v in vms if v["cluster"] == c["id"]]
                assert c["vm_num"] == len(mine), c["name"]
                for status in ("RUNNING", "STOPPED", "SUSPENDED"):
                    assert c[status.lower() + "_vm_num"] == sum(1 for v in mine if v["status"] == status), c["name"]
                if c["type"] != "SMTX_ZBS":
                    assert c["provisioned_cpu_cores_for_active_vm"] == sum(
                        v["vcpu"] for v in mine if v["status"] in ("RUNNING", "SUSPENDED"))
            for h in engine.store.all("Host"):
                mine = [v for v in vms if v["host"] == h["id"]]
                assert h["vm_num"] == len(mine), h["name"]
                assert h["running_vm_num"] == sum(1 for v in mine if v["status"] == "RUNNING"), h["name"]
            for dc in engine.store.all("Datacenter"):
                assert dc["vm_num"] == sum(c["vm_num"] or 0 for c in engine.store.related("Datacenter", dc, "clusters"))
        assert ClusterApi(sim.client).get_clusters({"where": {"name": "elf-cluster-1"}})[0].running_vm_num == \
            len(api.get_vms({"where": {"cluster": {"name": "elf-cluster-1"}, "status": "RUNNING"}}))


def _op(name):
    from cloudtower_python_sdk.simulator import schema
    return next(op for op in schema.operations().values() if op.name == name)


def test_null_list_items_are_400_never_500(fresh):
    from cloudtower_python_sdk.simulator import HttpError
    tasks = TaskApi(fresh.client).get_tasks_connection({}).aggregate.count
    for path, body, field in [("/create-vm", [None], "[0]"),
                              ("/get-vms", {"where": {"id_in": [None]}}, "where.id_in[0]"),
                              ("/start-vm", {"where": {"id_in": [None]}}, "where.id_in[0]"),
                              ("/add-vm-nic", {"where": {"id": "x"}, "data": {"vm_nics": [None]}}, "data.vm_nics[0]")]:
        status, answer = post(fresh, path, body)
        assert status == 400 and field in answer["message"], (path, answer)
        assert "Simulator error" not in answer["message"] and answer["path"] == "/v2/api" + path
    # the engine refuses them by itself too (without the SDK's validator in front)
    engine = fresh.engine
    root = fresh.world.first("User", username="root")["id"]
    with pytest.raises(HttpError) as e:
        engine.handle(_op("create_vm"), [None], root)
    assert e.value.status == 400 and "'[0]'" in e.value.message
    with pytest.raises(HttpError) as e:
        engine.handle(_op("add_vm_nic"), {"where": {}, "data": {"vm_nics": [{}, None]}}, root)
    assert e.value.status == 400 and "data.vm_nics[1]" in e.value.message
    # ...but a null in an x_in filter is IS NULL (Prisma 1)
    vm = fresh.world.first("Vm", in_recycle_bin=False, status="STOPPED")
    assert engine.handle(_op("get_vms"), {"where": {"id_in": [None]}}, root) == (200, [])
    status, started = engine.handle(_op("start_vm"), {"where": {"id_in": [None, vm["id"]]}}, root)
    assert status == 200 and [s["data"]["id"] for s in started] == [vm["id"]]
    status, found = engine.handle(_op("get_vms"), {"where": {"deleted_at_in": [None]}}, root)
    assert len(found) == sum(1 for v in fresh.world.all("Vm") if v["deleted_at"] is None)
    assert TaskApi(fresh.client).get_tasks_connection({}).aggregate.count == tasks + 1


def _mutations(body):
    """``body`` with one key at a time set to null, dropped or emptied, and each list emptied."""
    import copy
    spots = []

    def walk(node, path):
        if isinstance(node, dict):
            for k in node:
                spots.append((path + [k], "null"))
                spots.append((path + [k], "drop"))
                walk(node[k], path + [k])
            if path:
                spots.append((path, "{}"))
        elif isinstance(node, list):
            spots.append((path, "[]"))
            for i, x in enumerate(node):
                walk(x, path + [i])
    walk(body, [])
    for path, kind in spots:
        b = copy.deepcopy(body)
        if not path:
            yield [] if kind == "[]" else {}
            continue
        parent = b
        for p in path[:-1]:
            parent = parent[p]
        if kind == "drop":
            del parent[path[-1]]
        else:
            parent[path[-1]] = {"null": None, "{}": {}, "[]": []}[kind]
        yield b


def test_malformed_vm_operation_bodies_are_clear_errors(fresh):
    """Empty lists, missing optional parts, nulls, ids that do not exist: a 400/404 ErrorBody or a task
    that ends (FAILED with a message) -- never a 500 or a Python error message."""
    w = fresh.world
    c1 = w.first("Cluster", name="elf-cluster-1")
    vm = next(v for v in w.all("Vm") if v["cluster"]["id"] == c1["id"] and not v["in_recycle_bin"])
    host = next(h for h in w.all("Host") if h["cluster"]["id"] == c1["id"])
    vlan = next(v for v in w.all("Vlan") if w.get("Vds", v["vds"]["id"])["cluster"]["id"] == c1["id"])
    img = next(i for i in w.all("ElfImage") if i["cluster"]["id"] == c1["id"])
    tpl = w.all("VmTemplate")[0]
    disk = next(d for d in w.all("VmDisk") if d["vm"] and d["vm"]["id"] == vm["id"])
    one = {"id": vm["id"]}
    disks = {"mount_cd_roms": [{"boot": 2, "index": 2, "elf_image_id": img["id"]}],
             "mount_new_create_disks": [{"boot": 0, "bus": "VIRTIO", "vm_volume": {
                 "name": "n", "size": 1, "size_unit": "GB", "elf_storage_policy": "REPLICA_2_THIN_PROVISION"}}]}
    nics = [{"connect_vlan_id": vlan["id"], "model": "VIRTIO", "enabled": True}]
    cases = [
        ("/create-vm", [{"cluster_id": c1["id"], "host_id": host["id"], "name": "f", "ha": False, "cpu_cores": 1,
                         "cpu_sockets": 1, "vcpu": 1, "memory": 1, "memory_unit": "GB", "firmware": "BIOS",
                         "status": "RUNNING", "vm_nics": nics, "vm_disks": disks}]),
        ("/create-vm-from-template", [{"template_id": tpl["id"], "name": "x", "is_full_copy": False,
                                       "disk_operate": {"remove_disks": {"disk_index": [0]}, "new_disks": disks},
                                       "vm_nics": nics, "cpu_cores": 2, "cpu_sockets": 1, "vcpu": 2}]),
        ("/update-vm-basic-info", {"where": one, "data": {"name": "n", "vcpu": 2, "cpu_cores": 2, "cpu_sockets": 1,
                                                          "memory": 2, "memory_unit": "GB"}}),
        ("/add-vm-cd-rom", {"where": one,
                            "data": {"vm_cd_roms": [{"boot": 3, "index": 3, "elf_image_id": img["id"]}]}}),
        ("/remove-vm-disk", {"where": one, "data": {"disk_ids": [disk["id"], "no-such-disk"]}}),
        ("/add-vm-disk", {"where": one, "data": {"vm_disks": disks}}),
        ("/update-vm-nic", {"where": one, "data": {"nic_index": 0, "connect_vlan_id": vlan["id"], "enabled": False}}),
        ("/remove-vm-nic", {"where": one, "data": {"nic_index": [0, 99]}}),
        ("/migrate-vm", {"where": one, "data": {"host_id": host["id"]}}),
        ("/start-vm", {"where": {"id_in": [vm["id"], "no-such-vm"]}, "data": {"host_id": "no-such-host"}}),
        ("/delete-vm", {"where": {"id": "no-such-vm"}, "effect": {"include_snapshots": True}}),
        ("/create-vm-snapshot",
         {"data": [{"vm_id": "no-such-vm", "name": "s", "consistent_type": "CRASH_CONSISTENT"}]}),
        ("/update-cluster-recycle-bin-setting", {"where": {"id": c1["id"]}, "data": {"enabled": True, "retain": 3}}),
    ]
    task_ids = []
    for path, body in cases:
        for b in [body] + list(_mutations(body)):
            status, answer = post(fresh, path, b)
            assert status in (200, 400, 404), (path, b, answer)
            if status != 200:
                assert answer["message"] and answer["path"] == "/v2/api" + path and answer["status"] == status
                assert "Simulator error" not in answer["message"] and "Error:" not in answer["message"], answer
            else:
                task_ids += [a["task_id"] for a in (answer if isinstance(answer, list) else [answer]) if a]
    assert task_ids
    w.settle()
    tasks = dict((t["id"], t) for t in w.all("Task"))
    for t in (tasks[i] for i in task_ids):
        assert t["status"] in ("SUCCESSED", "FAILED")
        assert t["error_code"] != "ESimulatorError", t["error_message"]


def test_deleted_user_token_is_401(fresh):
    from cloudtower_python_sdk import UserApi
    client = fresh.new_client("admin", "admin")
    admin = fresh.world.first("User", username="admin")
    wait_tasks([t.task_id for t in UserApi(fresh.client).delete_user({"where": {"id": admin["id"]}})], fresh.client,
               interval=0.02)
    with pytest.raises(UnauthorizedException):
        UserApi(client).get_my_info()
    assert UserApi(fresh.client).get_my_info().username == "root"


def test_a_simulator_bug_fails_one_task_and_changes_nothing_else(fresh, monkeypatch):
    from cloudtower_python_sdk.simulator.handlers import registry
    engine = fresh.engine
    vm = VmApi(fresh.client).get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False}, "first": 1})[0]
    with engine.lock:
        broken = engine.new_task("broken", lambda: {}["missing"])
    res = VmApi(fresh.client).start_vm({"where": {"id": vm.id}})
    wait_tasks([res[0].task_id], fresh.client, interval=0.02)  # the ticker survived the broken task
    task = TaskApi(fresh.client).get_tasks({"where": {"id": broken}})[0]
    assert task.status == "FAILED" and task.error_code == "ESimulatorError" and "KeyError" in task.error_message
    assert VmApi(fresh.client).get_vms({"where": {"id": vm.id}})[0].status == "RUNNING"
    # a handler that fails half-way leaves no task behind
    count = TaskApi(fresh.client).get_tasks_connection({}).aggregate.count

    def half_way(call):
        call.task("half", lambda: None)
        raise RuntimeError("a bug")
    monkeypatch.setitem(registry._HANDLERS, "shut_down_vm", half_way)
    status, answer = post(fresh, "/shutdown-vm", {"where": {"id": vm.id}})
    assert status == 500 and "RuntimeError" in answer["message"]
    assert TaskApi(fresh.client).get_tasks_connection({}).aggregate.count == count


def test_state_file_keeps_login_tokens(tmp_path):
    """Tokens do not expire: a client logged in before a restart with the same state file keeps working."""
    from cloudtower_python_sdk.simulator import Simulator
    state = str(tmp_path / "world.json")
    with Simulator(seed=3, task_seconds=0.05, state=state) as sim:
        token = sim.client.configuration.api_key["Authorization"]
        ldap = sim.new_client("ldap-user", "ldap", "LDAP").configuration.api_key["Authorization"]
    with open(state) as f:
        assert token in json.load(f)["tokens"]
    with Simulator(seed=3, task_seconds=0.05, state=state) as sim:
        for t, name in ((token, "root"), (ldap, "ldap-user")):
            client = ApiClient(Configuration(host=sim.url))
            client.configuration.api_key["Authorization"] = t
            assert UserApi(client).get_my_info().username == name
            assert VmApi(client).get_vms({"first": 1})
        anonymous = ApiClient(Configuration(host=sim.url))
        anonymous.configuration.api_key["Authorization"] = "not-a-token"
        with pytest.raises(UnauthorizedException):
            VmApi(anonymous).get_vms({})


def test_chunked_request_bodies(sim):
    """``Transfer-Encoding: chunked`` (no Content-Length) is read like any other body, on a kept-alive connection."""
    import http.client
    from urllib.parse import urlparse
    url = urlparse(sim.url)
    token = sim.client.configuration.api_key["Authorization"]
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        headers = {"Authorization": token, "Content-Type": "application/json", "Transfer-Encoding": "chunked"}
        pieces = [b'{"where": {"status":', b' "RUNNING"}, ', b'"first": 2}']
        conn.request("POST", url.path + "/get-vms", body=iter(pieces), headers=headers, encode_chunked=True)
        r = conn.getresponse()
        answer = json.loads(r.read())
        assert r.status == 200, answer
        assert len(answer) == 2 and all(v["status"] == "RUNNING" for v in answer)
        # chunk extensions and trailers, written by hand, on the same connection
        body = b'{"first": 1}'
        conn.putrequest("POST", url.path + "/get-vms")
        for k, v in headers.items():
            conn.putheader(k, v)
        conn.endheaders()
        conn.send(b"5;ext=1\r\n" + body[:5] + b"\r\n" + (b"%x\r\n" % len(body[5:])) + body[5:]
                  + b"\r\n0\r\nX-Trailer: 1\r\n\r\n")
        r = conn.getresponse()
        assert r.status == 200 and len(json.loads(r.read())) == 1
        # an empty chunked body is a missing body
        conn.request("POST", url.path + "/start-vm", body=iter([]), headers=headers, encode_chunked=True)
        r = conn.getresponse()
        assert r.status == 400 and "Missing the request body" in json.loads(r.read())["message"]
    finally:
        conn.close()
    r = urllib3.PoolManager().request("POST", sim.url + "/get-vms", body=iter([b'{"first": 3}']), chunked=True,
                                      headers={"Authorization": token, "Content-Type": "application/json"})
    assert r.status == 200 and len(json.loads(r.data)) == 3
