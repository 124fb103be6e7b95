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
    assert vm._data["entityAsyncStatus"] == "CREATING" and vm.entity_async_status == "CREATING"
    del vm.entity_async_status
    assert "entityAsyncStatus" not in vm._data and vm.entity_async_status is None
    del vm.entity_async_status  # deleting an absent field is no error


def test_help_shows_fields_as_writable():
    import pydoc
    text = pydoc.plain(pydoc.render_doc(Vm))
    assert "Readonly properties" not in text and "cluster" in text
    vm = Vm(name="a")
    Vm.name.fset(vm, "b")
    assert vm.name == "b"
    Vm.name.fdel(vm)
    assert vm.name is None
