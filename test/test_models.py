# coding: utf-8
"""Models and enums: construction, access, to_dict, equality, and lenient answers."""
import json
import pickle
import sys

import pytest
import six

from cloudtower_python_sdk import ApiClient
from cloudtower_python_sdk.exceptions import ApiAttributeError, ApiTypeError
from cloudtower_python_sdk.models import (GetVmsRequestBody, NestedCluster, Vm, VmNicModel, VmStatus,
                                          VmWhereInput, WithTaskVm)


def answer(data, type_str):
    return ApiClient.deserialize_data(json.loads(json.dumps(data)), type_str)


def test_keyword_constructor_attribute_and_wire_names():
    body = GetVmsRequestBody(where=VmWhereInput(id="vm-1"), order_by="name_ASC", first=1)
    assert body.order_by == "name_ASC"
    assert GetVmsRequestBody(orderBy="name_ASC").order_by == "name_ASC"
    assert body.where.id == "vm-1"
    assert body.skip is None
    body.skip = 3
    assert body.to_dict()["skip"] == 3


def test_unknown_constructor_argument_suggests_the_name():
    with pytest.raises(ApiTypeError) as info:
        GetVmsRequestBody(oder_by="name_ASC")
    assert "oder_by" in str(info.value) and "did you mean 'order_by'" in str(info.value)


def test_copies_and_pickles_are_independent():
    import copy
    base = GetVmsRequestBody(where=VmWhereInput(status="RUNNING"), first=10)
    page2 = copy.copy(base)
    page2.skip, page2.first = 10, 5
    assert (base.first, base.skip) == (10, None)
    deep = copy.deepcopy(base)
    deep.where.status = "STOPPED"
    assert base.where.status == "RUNNING"
    for protocol in range(0, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(base, protocol)) == base
        assert pickle.loads(pickle.dumps(Vm(), protocol)).id is None


def test_repr_shows_what_is_set():
    body = GetVmsRequestBody(where=VmWhereInput(status="RUNNING", cluster={"id": "c"}), first=10)
    assert repr(body) == ("GetVmsRequestBody(first=10, where=VmWhereInput(cluster=ClusterWhereInput(id='c'), "
                          "status='RUNNING'))")


def test_to_dict_repr_and_equality():
    a = NestedCluster(id="c1", name="one")
    b = NestedCluster(id="c1", name="one")
    assert a == b and not (a != b)
    assert a != NestedCluster(id="c2", name="one")
    assert a.to_dict() == {"id": "c1", "name": "one"}
    assert "NestedCluster" in repr(a) and "'one'" in a.to_str()
    assert pickle.loads(pickle.dumps(a)) == a


def test_enums_are_plain_strings():
    assert VmStatus.RUNNING == "RUNNING"
    assert "STOPPED" in VmStatus.allowable_values
    assert "RUNNING" in VmStatus and list(VmStatus) == VmStatus.allowable_values
    assert VmNicModel.VIRTIO == "VIRTIO"
    vm = answer({"id": "v", "status": "RUNNING"}, "Vm")
    assert vm.status == VmStatus.RUNNING and isinstance(vm.status, six.string_types)


def test_answers_are_read_leniently():
    data = [{
        "id": "vm-1",
        "name": "web",
        "status": "HIBERNATED",          # an enum value 4.6.0 does not list
        "field_from_tower_5": {"x": 1},   # a field 4.6.0 does not have
        "cluster": {"id": "c1", "name": "one", "new_nested": True},
        "vm_nics": [{"id": "n1", "mac": "unknown-extra"}, {"id": "n2"}],
        "memory": None,                   # null in a field the spec calls required
        # "vcpu" missing altogether
    }]
    vms = answer(data, "list[Vm]")
    vm = vms[0]
    assert isinstance(vm, Vm)
    assert vm.status == "HIBERNATED"
    assert vm.memory is None and vm.vcpu is None
    assert vm.cluster.name == "one" and isinstance(vm.cluster, NestedCluster)
    assert [n.id for n in vm.vm_nics] == ["n1", "n2"]
    d = vm.to_dict()
    # Fields a newer Tower adds are kept, readable, and in to_dict() under their wire names.
    assert d["cluster"] == {"id": "c1", "name": "one", "new_nested": True} and d["vcpu"] is None
    assert vm.field_from_tower_5 == {"x": 1} and d["field_from_tower_5"] == {"x": 1}
    assert vm.cluster.new_nested is True
    assert d["vm_nics"][1]["id"] == "n2"


def test_to_dict_with_serialize_uses_wire_names_at_every_level():
    # The peer SDK's to_dict(serialize=True): CloudTower's own names, nested models and lists included.
    body = GetVmsRequestBody(where=VmWhereInput(id="v"), order_by="name_ASC", first=1)
    wire = body.to_dict(serialize=True)
    assert wire["orderBy"] == "name_ASC" and "order_by" not in wire and wire["where"]["id"] == "v"
    assert body.to_dict()["order_by"] == "name_ASC"  # attribute names by default, as before
    answers = answer([{"task_id": "t", "data": {"id": "v", "entityAsyncStatus": "CREATING",
                                                 "vm_nics": [{"id": "n"}], "newer": 1}}], "list[WithTaskVm]")
    wire = answers[0].to_dict(serialize=True)
    assert wire["data"]["entityAsyncStatus"] == "CREATING" and "entity_async_status" not in wire["data"]
    assert wire["data"]["vm_nics"][0]["id"] == "n" and wire["data"]["newer"] == 1
    assert answers[0].to_dict()["data"]["entity_async_status"] == "CREATING"


def test_nested_objects_are_converted_once_and_kept():
    vm = answer({"id": "v", "cluster": {"id": "c", "name": "n"}}, "Vm")
    assert vm.cluster is vm.cluster
    vm.cluster.name = "renamed"
    assert vm.to_dict()["cluster"]["name"] == "renamed"


def test_with_task_answers():
    res = answer([{"task_id": "t1", "data": {"id": "vm-1", "name": "x"}}], "list[WithTaskVm]")
    assert isinstance(res[0], WithTaskVm)
    assert res[0].task_id == "t1" and res[0].data.id == "vm-1"


def test_reading_a_model_attribute_from_a_list_points_at_the_fix():
    res = answer([{"task_id": "t1", "data": {"id": "vm-1"}}], "list[WithTaskVm]")
    with pytest.raises(AttributeError) as info:
        res.task_id
    assert "res[0].task_id" in str(info.value).replace("result[0]", "res[0]")
    assert "[item.task_id for item in result]" in str(info.value)
    empty = answer([], "list[Vm]")
    with pytest.raises(AttributeError) as info:
        empty.vm_tools_status
    assert "empty list" in str(info.value)


@pytest.mark.skipif(sys.version_info[:2] == (3, 11), reason="CPython 3.11: Python's own suggestion, tested below")
def test_misspelt_attribute_suggests_the_name():
    vm = answer({"id": "v"}, "Vm")
    with pytest.raises(ApiAttributeError) as info:
        vm.vm_tool_status
    assert "vm_tools_status" in str(info.value)


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="only CPython 3.11 leaves the suggestion to Python")
def test_misspelt_attribute_on_python_3_11_gets_pythons_suggestion():
    import contextlib
    import io
    vm = answer({"id": "v"}, "Vm")
    with pytest.raises(AttributeError) as info:
        vm.vm_tool_status
    shown = io.StringIO()
    with contextlib.redirect_stderr(shown):  # what an uncaught error prints
        sys.__excepthook__(info.type, info.value, info.tb)
    assert "AttributeError: 'Vm' object has no attribute 'vm_tool_status'" in shown.getvalue()
    assert "Did you mean: 'vm_tools_status'?" in shown.getvalue()


def test_scalar_answers():
    assert answer("4.6.0", "str") == "4.6.0"
    assert answer(None, "Vm") is None
    assert answer({"aggregate": {"count": 3}}, "VmConnection").aggregate.count == 3


def test_large_answers_are_decoded_with_the_collector_paused_and_restored():
    import gc
    import threading
    from cloudtower_python_sdk.api_client import _gc_paused

    big = _gc_paused.THRESHOLD
    assert gc.isenabled()
    with _gc_paused(big):
        assert not gc.isenabled()
        with _gc_paused(big):  # nested (or another thread's) decode
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with _gc_paused(10):  # small answers leave it alone
        assert gc.isenabled()

    gc.disable()  # a program that turned the collector off keeps it off
    try:
        with _gc_paused(big):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

    errors = []

    def decode():
        try:
            for _ in range(200):
                with _gc_paused(big):
                    pass
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)
    threads = [threading.Thread(target=decode) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and gc.isenabled()


def test_answers_that_are_not_json_fail_clearly():
    from cloudtower_python_sdk import ApiException

    class Answer(object):
        status = 200

        def __init__(self, data):
            self.data = data

        def getheaders(self):
            return {}

    client = ApiClient.__new__(ApiClient)  # deserialize needs no connection
    with pytest.raises(ApiException) as info:
        ApiClient.deserialize(client, Answer(b"<html>login page</html>"), "list[Vm]")
    assert "not JSON" in str(info.value) and "/v2/api" in str(info.value)
    assert ApiClient.deserialize(client, Answer(b"4.6.0"), "str") == "4.6.0"  # plain-text version
    assert ApiClient.deserialize(client, Answer(b'\xef\xbb\xbf[{"id": "v"}]'), "list[Vm]")[0].id == "v"  # BOM
