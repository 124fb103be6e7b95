"""Smoke test of the benchmark suite (benchmarks/): every workload runs on tiny
inputs, in-process, against this checkout's ``cloudtower_python_sdk``.

It asserts behaviour only -- never timings.
"""
import os
import sys

import pytest

pytest.importorskip("cloudtower_python_sdk")
if sys.version_info < (3, 6):
    pytest.skip("the benchmark suite runs on Python 3.6+", allow_module_level=True)

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))), "benchmarks")
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)

import fakeserver  # noqa: E402
import vmdata  # noqa: E402
import workloads  # noqa: E402

OURS = "cloudtower_python_sdk"
N_VMS = 5


@pytest.fixture(scope="module")
def schemas():
    return vmdata.load_schemas()


@pytest.fixture(scope="module")
def server(schemas):
    srv, url = fakeserver.start_in_thread(vmdata.vm_list_items(schemas, N_VMS))
    yield url
    srv.shutdown()
    srv.server_close()


def _assert_full(schemas, node, value, where):
    """Every property of *node* is present and non-null, recursively."""
    node = vmdata.resolve(schemas, node)
    assert value is not None, where
    if "properties" in node:
        for key, sub in node["properties"].items():
            assert key in value, "%s.%s missing" % (where, key)
            _assert_full(schemas, sub, value[key], "%s.%s" % (where, key))
    elif node.get("type") == "array":
        assert len(value) == vmdata.LIST_LEN, where
        for i, item in enumerate(value):
            _assert_full(schemas, node["items"], item, "%s[%d]" % (where, i))
    elif "enum" in node:
        assert value in node["enum"], where


def test_vm_json_fills_every_property(schemas):
    names = vmdata.schema_property_names(schemas, "Vm")
    assert len(names) > 50
    docs = [vmdata.vm_json(schemas, i) for i in range(N_VMS)]
    for doc in docs:
        assert sorted(doc) == names
        _assert_full(schemas, schemas["Vm"], doc, "Vm")
    assert len(set(d["id"] for d in docs)) == N_VMS
    assert vmdata.vm_json(schemas, 3) == docs[3]  # deterministic


def test_server_honours_first(server):
    client = workloads.FloorClient(server)
    assert len(client.get_vms({"first": 2})) == 2
    assert len(client.get_vms({})) == N_VMS
    assert client.post("/create-vm", [{"name": "x"}]) == []
    slow = workloads.FloorClient(server.replace("/v2/api", "/lat/1/v2/api"))
    assert len(slow.get_vms({"first": 1})) == 1


def test_sdk_get_vms_returns_full_models(server, schemas):
    api = workloads.Sdk(OURS).vm_api(server)
    vms = api.get_vms(workloads.vms_body(N_VMS))
    assert len(vms) == N_VMS
    assert vms[2].cluster.name == "cluster-2"
    assert vms[0].memory == vmdata.vm_json(schemas, 0)["memory"]
    as_dict = vms[1].to_dict()
    assert as_dict["name"] == "vm-name-000001"
    assert as_dict["cluster"]["name"] == "cluster-1"


@pytest.mark.parametrize("prefix", [OURS, None], ids=["ours", "floor"])
def test_workloads_run(server, prefix):
    if prefix is None:
        pytest.importorskip("urllib3")
    got = workloads.get_vms(prefix, server, count=3)
    assert set(got) == {"seconds", "held_mb", "peak_mb"}
    got = workloads.touch(prefix, server, count=N_VMS)
    assert set(got) == {"sum_memory_s", "cluster_names_s", "to_dict_s"}
    got = workloads.create_vm(prefix, server, count=3)
    assert "call_models_s" in got and "serialize_dicts_s" in got
    got = workloads.concurrency(prefix, server, calls=4, per_call=2,
                                threads=2)
    assert set(got) == {"sequential_s", "async_s", "speedup", "calls", "cpu_per_call_seq_s", "cpu_per_call_async_s"}


def test_read_costs_variants(server):
    import gc
    import json
    import subprocess

    import read_costs
    for variant in ("shipped", "gc-off"):  # in-process: these leave the SDK as it is
        got = read_costs.reads(variant, server, N_VMS)
        assert set(got) == {"sum vm.memory", "collect vm.cluster.name"}
    assert gc.isenabled()  # gc-off puts the collector back as it found it
    from cloudtower_python_sdk.model_base import Model
    shipped = "__getattr__" in Model.__dict__
    # The two others change Model.__getattr__, so each runs in a process of its own (both at once).
    children = [subprocess.Popen([sys.executable, read_costs.__file__, "--child", variant, server, str(N_VMS)],
                                 stdout=subprocess.PIPE, universal_newlines=True)
                for variant in ("no-getattr", "with-getattr")]
    for child in children:
        out = child.communicate(timeout=60)[0]  # a hang guard only
        assert child.returncode == 0
        assert set(json.loads(out.splitlines()[-1])) == {"sum vm.memory", "collect vm.cluster.name"}
    assert ("__getattr__" in Model.__dict__) == shipped


def test_startup_workload(server):
    got = workloads.startup(OURS, server)
    assert set(got) == {"startup_inproc_s", "rss_mb"}
    assert OURS in workloads.startup_code(OURS, server)


def test_models_built_like_dicts():
    sdk = workloads.Sdk(OURS)
    client = sdk.client("http://127.0.0.1:9/v2/api")
    params = vmdata.creation_params(7)
    model = workloads.build_creation(sdk.models, params)
    assert client.sanitize_for_serialization(model) == \
        client.sanitize_for_serialization(params)
    assert workloads.build_creation(workloads._DictModels(), params) == params


def test_main_reports_errors(capsys):
    workloads.main(['{"workload": "get_vms", "prefix": "no_such_sdk_xyz", '
                    '"url": "http://127.0.0.1:9/v2/api", "count": 1}'])
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert out.startswith("RESULT ") and "error" in out


def test_report_renders_table_and_targets():
    run = pytest.importorskip("run")
    args = run.parse_args(["--quick", "--repeat", "1", "--output", ""])
    sides = run.make_sides()
    for side in sides.values():
        side.info = {"python": "3.x", "urllib3": "2.x", "version": "0"}
    sides["ours"].error = "not installed"
    cell = {"errors": [], "wall_s": [0.1, 0.3, 0.2], "rss_mb": [20.0],
            "startup_inproc_s": [0.05]}
    results = {"startup": {"peer": cell, "floor": cell,
                           "ours": {"errors": ["side unavailable"]}},
               "concurrency": {"ours": {"errors": [], "speedup": [6.0]}}}
    labels = {"small": "2", "big": "5", "create": "3", "calls": 4,
              "big_n": 5}
    text = run.report(args, sides, results, labels)
    assert "| start-up: process wall time | unavailable | 200 ms |" in text
    assert "async_req pool_threads=8 >= 5x faster than sequential: **met**" \
        in text
    assert "start-up peak RSS <= 1/3 of peer: **n/a**" in text
