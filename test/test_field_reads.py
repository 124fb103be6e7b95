# coding: utf-8
"""Field reads: the getter a field installs on its first read serves every instance."""
from cloudtower_python_sdk import ApiClient
from cloudtower_python_sdk.model_base import Field
from cloudtower_python_sdk.models import NestedCluster, NestedVmNic, Vm


def answer(data, type_str="Vm"):
    return ApiClient.deserialize_data(data, type_str)


def test_class_attributes_are_the_fields():
    assert isinstance(Vm.cluster, Field) and Vm.cluster.key == "cluster"
    assert Vm.entity_async_status.key == "entityAsyncStatus"


def test_lists_of_objects_become_models_once():
    vm = answer({"id": "v", "vm_nics": [{"id": "n1"}, {"id": "n2"}]})
    nics = vm.vm_nics
    assert [type(n) for n in nics] == [NestedVmNic, NestedVmNic]
    assert vm.vm_nics is nics
    nics.append(NestedVmNic(id="n3"))
    assert [n.id for n in vm.vm_nics] == ["n1", "n2", "n3"]
    assert vm.to_dict()["vm_nics"][2]["id"] == "n3"


def test_one_getter_serves_every_instance_and_every_shape():
    first = answer({"id": "a", "cluster": {"id": "c1"}, "memory": 1})
    assert first.cluster.id == "c1" and first.memory == 1
    missing = answer({"id": "b"})
    assert missing.cluster is None and missing.memory is None and missing.vm_nics is None
    odd = answer({"id": "c", "cluster": "not-an-object", "vm_nics": ["x", {"id": "n"}]})
    assert odd.cluster == "not-an-object"  # lenient: an unexpected shape is returned as it is
    assert odd.vm_nics[0] == "x" and odd.vm_nics[1].id == "n"
    given = Vm(cluster=NestedCluster(id="c2"))
    assert given.cluster.id == "c2"


def test_writes_and_deletes_use_the_wire_name():
    vm = answer({"id": "v"})
    vm.entity_async_status = "CREATING"
    assert vars(vm)["entityAsyncStatus"] == "CREATING" and vm.entity_async_status == "CREATING"
    del vm.entity_async_status
    assert "entityAsyncStatus" not in vars(vm) and vm.entity_async_status is None
    del vm.entity_async_status  # deleting an absent field is no error
    vm.name = "renamed"
    assert vars(vm)["name"] == "renamed" and vm.to_dict()["name"] == "renamed"
    del vm.name
    assert vm.name is None and "name" not in vars(vm)


def test_the_instance_dict_is_the_json_object():
    data = {"id": "v", "name": "a", "status": "RUNNING", "cluster": {"id": "c"}, "from_tower_5": 1}
    vm = answer(data)
    assert vars(vm) is data
    assert vm.name == "a" and vm.status == "RUNNING" and vm.from_tower_5 == 1
    assert vm.cluster.id == "c" and data["cluster"] is vm.cluster  # converted once, in place
    assert vm.memory is None and vm.vm_nics is None  # absent fields read as None
    # A key of a newer Tower named like a class attribute of the SDK shadows nothing the SDK uses.
    odd = answer({"id": "v", "_by_key": 1, "_fields": 2, "_dict_plan": 3})
    assert odd.to_dict()["id"] == "v" and odd.to_dict()["_by_key"] == 1 and "_fields=2" in repr(odd)


def _is_data_descriptor(value):
    return hasattr(type(value), "__set__")


def test_fields_read_as_sent_are_answered_by_the_instance_dict():
    # A field whose JSON value is its Python value, under its wire name, must not be a
    # data descriptor: then CPython's instance-dict lookup answers it, running no Python code.
    assert not _is_data_descriptor(Vm.__dict__["name"]) and not _is_data_descriptor(Vm.__dict__["status"])
    assert _is_data_descriptor(Vm.__dict__["cluster"]) and _is_data_descriptor(Vm.__dict__["vm_nics"])  # models
    assert _is_data_descriptor(Vm.__dict__["entity_async_status"])  # its wire name is entityAsyncStatus
    from cloudtower_python_sdk.models import LogCollectionCreationParams
    assert _is_data_descriptor(LogCollectionCreationParams.__dict__["log_started_at"])  # a date-time: parsed on read


def test_help_shows_fields_as_writable():
    import pydoc
    text = pydoc.plain(pydoc.render_doc(Vm))
    assert "Readonly properties" not in text and "cluster" in text
    vm = Vm(name="a")
    Vm.name.fset(vm, "b")
    assert vm.name == "b"
    Vm.name.fdel(vm)
    assert vm.name is None
