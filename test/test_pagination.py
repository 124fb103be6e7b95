# coding: utf-8
"""utils.paginate: against the simulator (Python 3.6+) and a loopback fake of one list (every Python)."""
import sys

import pytest

from loopback import LoopbackServer, Response
from cloudtower_python_sdk import ApiClient, Configuration, VmApi
from cloudtower_python_sdk.exceptions import ApiTypeError, ApiValueError
from cloudtower_python_sdk.utils import paginate

needs_simulator = pytest.mark.skipif(sys.version_info < (3, 6), reason="the simulator needs Python 3.6+")


@pytest.fixture(scope="module")
def sim():
    from cloudtower_python_sdk.simulator import Simulator
    s = Simulator(seed=0, vms=300, task_seconds=0).start()
    yield s
    s.stop()


@needs_simulator
def test_every_vm_exactly_once(sim):
    vm_api = VmApi(sim.client)
    expected = set(vm["id"] for vm in sim.world.find("Vm", in_recycle_bin=False))
    seen = [vm.id for vm in paginate(vm_api.get_vms, {"where": {"in_recycle_bin": False}}, page_size=97)]
    assert len(seen) == len(set(seen)) == len(expected)
    assert set(seen) == expected
    assert 200 < len(expected) < 300  # several pages, the last one short


@needs_simulator
def test_name_order_and_a_non_unique_order(sim):
    vm_api = VmApi(sim.client)
    names = [vm.name for vm in paginate(vm_api.get_vms, {"orderBy": "name_ASC"}, page_size=50)]
    assert len(names) == 300 and names == sorted(names)
    # status has a handful of values for 300 VMs: the cursor still lists each VM once.
    by_status = [vm.id for vm in paginate(vm_api.get_vms, {"orderBy": "status_DESC"}, page_size=7)]
    assert len(by_status) == len(set(by_status)) == 300


@needs_simulator
def test_model_body_and_attribute_names(sim):
    from cloudtower_python_sdk.models import GetVmsRequestBody, VmWhereInput
    vm_api = VmApi(sim.client)
    body = GetVmsRequestBody(where=VmWhereInput(status="RUNNING"), order_by="name_DESC")
    names = [vm.name for vm in paginate(vm_api.get_vms, body, page_size=10)]
    assert names == sorted((v["name"] for v in sim.world.find("Vm", status="RUNNING")), reverse=True)


def _new_vm(cluster_id, name):
    return {"cluster_id": cluster_id, "name": name, "ha": False, "cpu_cores": 1, "cpu_sockets": 1,
            "memory": 1024 ** 3, "status": "STOPPED", "firmware": "BIOS", "vm_nics": [], "vm_disks": {}}


@needs_simulator
def test_inserts_between_pages():
    from cloudtower_python_sdk.simulator import Simulator
    with Simulator(seed=0, vms=120, task_seconds=0) as sim:
        vm_api = VmApi(sim.client)
        before = sorted(vm["name"] for vm in sim.world.all("Vm"))
        cluster_id = sim.world.all("Cluster")[0]["id"]
        seen = []
        for i, vm in enumerate(paginate(vm_api.get_vms, {"orderBy": "name_ASC"}, page_size=25)):
            seen.append(vm.name)
            if i == 30:  # inside the second page: one VM sorts before the cursor, one after
                vm_api.create_vm([_new_vm(cluster_id, "aaaa-inserted"), _new_vm(cluster_id, "zzzz-inserted")])
                assert len(sim.world.find("Vm", name="zzzz-inserted")) == 1
        assert seen == sorted(seen)
        assert [n for n in seen if not n.endswith("-inserted")] == before
        assert "zzzz-inserted" in seen and "aaaa-inserted" not in seen


# -- a loopback fake: what is sent, on every Python --------------------------------------------------
ITEMS = [{"id": "vm-%03d" % i, "name": "n%d" % (i % 4)} for i in range(10)]


@pytest.fixture
def lister():
    with LoopbackServer() as srv:
        def answer(rec):
            body = rec.json()
            ids = [item["id"] for item in ITEMS]
            start = ids.index(body["after"]) + 1 if "after" in body else 0
            return Response(200, ITEMS[start:start + body["first"]])
        srv.respond_with(answer)
        yield srv, ApiClient(Configuration(host=srv.api_host()))


def test_pages_keep_where_and_order(lister):
    srv, client = lister
    where = {"name_in": ["n0", "n1"]}
    items = [vm.id for vm in paginate(VmApi(client).get_vms, {"where": where, "orderBy": "name_ASC"},
                                      page_size=4, content_language="zh-CN")]
    assert items == [item["id"] for item in ITEMS]
    bodies = [r.json() for r in srv.requests]
    assert bodies == [{"where": where, "orderBy": "name_ASC", "first": 4},
                      {"where": where, "orderBy": "name_ASC", "first": 4, "after": "vm-003"},
                      {"where": where, "orderBy": "name_ASC", "first": 4, "after": "vm-007"}]
    assert all(r.header("content-language") == "zh-CN" for r in srv.requests)


def test_default_order_is_id_and_a_full_last_page_costs_one_request(lister):
    srv, client = lister
    assert len(list(paginate(VmApi(client).get_vms, page_size=5))) == 10
    assert [r.json() for r in srv.requests] == [{"orderBy": "id_ASC", "first": 5},
                                                {"orderBy": "id_ASC", "first": 5, "after": "vm-004"},
                                                {"orderBy": "id_ASC", "first": 5, "after": "vm-009"}]


def test_lazy_and_usable_with_async_clients(lister):
    srv, client = lister
    vm_api = VmApi(client)
    pending = vm_api.get_vms({"first": 1}, async_req=True)  # the client's other calls may be async
    iterator = paginate(vm_api.get_vms, page_size=3)
    assert pending.get(timeout=30)[0].id == "vm-000"
    assert len(srv.requests) == 1  # nothing fetched before the first next()
    assert next(iterator).id == "vm-000"
    assert len(srv.requests) == 2
    with pytest.raises(ApiValueError, match="synchronously"):
        paginate(vm_api.get_vms, async_req=True)


@pytest.mark.parametrize("call, error, words", [
    (lambda api: paginate(api.get_vms_connection, {}), ApiValueError,
     "returns VmConnection; for the items use get_vms"),
    (lambda api: paginate(api.start_vm, {"where": {}}), ApiValueError, "returns list[WithTaskVm]"),
    (lambda api: paginate(api.get_vms_with_http_info), ApiValueError, "pass get_vms instead of get_vms_with_http_info"),
    (lambda api: paginate(VmApi.get_vms), ApiTypeError, "VmApi(client).get_vms"),
    (lambda api: paginate(len), ApiTypeError, "got builtin_function_or_method"),
    (lambda api: paginate(api.get_vms, {"first": 5, "skip": 2}), ApiValueError, "remove 'first', 'skip'"),
    (lambda api: paginate(api.get_vms, {"after": "vm-1"}), ApiValueError, "remove 'after'"),
    (lambda api: paginate(api.get_vms, page_size=0), ApiValueError, "page_size must be a positive integer"),
    (lambda api: paginate(api.get_vms, {"wher": {}}), ApiValueError, "did you mean 'where'"),
    (lambda api: paginate(api.get_vms, _preload_content=False), ApiTypeError, "got '_preload_content'; the options"),
])
def test_refusals_name_the_fix(call, error, words):
    from helpers import offline_client
    with pytest.raises(error) as e:
        call(VmApi(offline_client()))
    assert words in str(e.value)


def test_refusals_come_before_any_request(lister):
    srv, client = lister
    with pytest.raises(ApiValueError):
        paginate(VmApi(client).get_vms, {"last": 3})
    assert srv.requests == []
