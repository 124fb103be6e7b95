# coding: utf-8
"""Bad input never reaches the server: every check runs before any I/O.

The client here points at a closed port, so a request that got past the
checks would fail with a connection error instead of the ApiValueError /
ApiTypeError these tests expect.
"""
import pytest

from cloudtower_python_sdk.api import UserApi, VmApi, VmSnapshotApi
from cloudtower_python_sdk.exceptions import ApiTypeError, ApiValueError
from cloudtower_python_sdk.models import (Bus, GetVmsRequestBody, VmNicParams, VmStatus,
                                          VmVolumeElfStoragePolicyType, VmWhereInput)
from helpers import offline_client


@pytest.fixture
def vm_api():
    return VmApi(offline_client())


def body_of(api, method, *args, **kwargs):
    """The JSON body the call would send (checks included, nothing sent)."""
    op = getattr(type(api), method)
    return op.serialize(api.api_client, args, kwargs)[0]


def test_dict_with_wire_or_attribute_names(vm_api):
    expected = {"where": {"id": "vm-1"}, "orderBy": "name_ASC", "first": 1}
    assert body_of(vm_api, "get_vms", {"where": {"id": "vm-1"}, "orderBy": "name_ASC", "first": 1}) == expected
    assert body_of(vm_api, "get_vms", {"where": {"id": "vm-1"}, "order_by": "name_ASC", "first": 1}) == expected
    assert body_of(vm_api, "get_vms", get_vms_request_body={"where": {"id": "vm-1"}, "orderBy": "name_ASC",
                                                             "first": 1}) == expected


def test_model_instances(vm_api):
    body = GetVmsRequestBody(where=VmWhereInput(id_in=["a", "b"], status=VmStatus.RUNNING), first=2)
    assert body_of(vm_api, "get_vms", body) == {"where": {"id_in": ["a", "b"], "status": "RUNNING"}, "first": 2}


def test_a_misspelt_attribute_set_on_a_request_model_is_refused_before_sending(vm_api):
    body = GetVmsRequestBody(first=2)
    body.frist = 3  # a model's instance dict is its JSON object, so this is kept, and checked when sent
    with pytest.raises(ApiValueError) as info:
        vm_api.get_vms(body)
    assert "'frist'" in str(info.value) and "did you mean 'first'?" in str(info.value)
    assert info.value.path_to_item == ["frist"]


def test_a_field_of_a_newer_tower_is_refused_with_the_way_to_send_it(vm_api):
    with pytest.raises(ApiValueError) as info:
        body_of(vm_api, "get_vms", {"where": {"zz_added_in_tower_9": 1}})
    assert "Unknown field 'where.zz_added_in_tower_9'" in str(info.value)
    assert "sent unchecked with _check_input_type=False" in str(info.value)
    assert body_of(vm_api, "get_vms", {"where": {"zz_added_in_tower_9": 1}}, _check_input_type=False) == {
        "where": {"zz_added_in_tower_9": 1}}
    vm_api.api_client.configuration.client_side_validation = False  # the same for every call of the client
    assert body_of(vm_api, "get_vms", {"where": {"zz_added_in_tower_9": 1}}) == {"where": {"zz_added_in_tower_9": 1}}
    vm_api.api_client.configuration.client_side_validation = True
    with pytest.raises(ApiValueError) as info:  # a close name: the did-you-mean is the likely fix
        body_of(vm_api, "get_vms", {"frist": 1})
    assert "did you mean 'first'?" in str(info.value) and "_check_input_type" not in str(info.value)


def test_the_limits_of_the_api_document_are_checked(vm_api):
    # The few limits the API document sets: a number's range, a string's length, a list's size.
    from cloudtower_python_sdk.api import ResourceChangeApi, UserRoleNextApi, VlanApi
    from cloudtower_python_sdk.models import VmVlanCreationParams
    client = vm_api.api_client
    vlan = {"name": "v", "vds_id": "d", "vlan_id": 4095}
    assert body_of(VlanApi(client), "create_vm_vlan", [vlan]) == [vlan]
    cases = [
        (VlanApi(client), "create_vm_vlan", [[dict(vlan, vlan_id=4096)]], {},
         "'[0].vlan_id'", "4096; CloudTower accepts 0 to 4095"),
        (VlanApi(client), "create_vm_vlan", [[VmVlanCreationParams(name="v", vds_id="d", vlan_id=-1)]], {},
         "'[0].vlan_id'", "-1; CloudTower accepts 0 to 4095"),
        (UserRoleNextApi(client), "create_role", [[{"name": "", "actions": ["*"]}]], {}, "'[0].name'",
         "0 characters; CloudTower accepts at least 1 character"),
        (vm_api, "add_vm_gpu_device", [{"where": {"id": "v"}, "data": []}], {}, "'data'",
         "0 items; CloudTower accepts at least 1 item"),
        (ResourceChangeApi(client), "get_resource_changes", [], {"limit": 1001}, "'limit'",
         "CloudTower accepts 1 to 1000"),
    ]
    for api, method, args, kwargs, where, text in cases:
        with pytest.raises(ApiValueError) as info:
            body_of(api, method, *args, **kwargs)
        assert where in str(info.value) and text in str(info.value), str(info.value)
    # Unchecked when asked (a newer CloudTower may accept more); answers are read as they come.
    assert body_of(VlanApi(client), "create_vm_vlan", [dict(vlan, vlan_id=4096)], _check_input_type=False)
    from cloudtower_python_sdk import ApiClient
    assert ApiClient.deserialize_data({"id": "x", "vlan_id": 5000}, "Vlan").vlan_id == 5000
    assert VmVlanCreationParams.openapi_types["vlan_id"] == "int"  # the peer SDK's spelling, without limits


def test_relation_filters_and_logic(vm_api):
    where = {"cluster": {"id_in": ["c1"]}, "OR": [{"name_contains": "web"}, {"vcpu_gt": 4}],
             "vm_nics_some": {"vlan": {"name": "v"}}}
    assert body_of(vm_api, "get_vms", {"where": where})["where"] == where
    # Python names of the logical operators work too.
    assert body_of(vm_api, "get_vms", {"where": {"_or": [{"id": "x"}]}})["where"] == {"OR": [{"id": "x"}]}


def test_guide_update_vm_nic_with_enable_points_at_enabled(vm_api):
    with pytest.raises(ApiValueError) as info:
        vm_api.update_vm_nic({"where": {"id": "vm_id"}, "data": {"nic_index": 0, "enable": False}})
    text = str(info.value)
    assert "data.enable" in text and "did you mean 'enabled'?" in text
    assert info.value.path_to_item == ["data", "enable"]


def test_guide_mout_disks_points_at_mount_disks(vm_api):
    with pytest.raises(ApiValueError) as info:
        vm_api.create_vm_from_template([{
            "template_id": "t", "name": "n", "is_full_copy": False,
            "disk_operate": {"new_disks": {"mout_disks": [{"index": 1, "bus": Bus.VIRTIO, "boot": 1,
                                                           "vm_volume_id": "v"}]}},
        }])
    text = str(info.value)
    assert "[0].disk_operate.new_disks.mout_disks" in text and "did you mean 'mount_disks'?" in text


def test_wrong_types_name_the_field(vm_api):
    with pytest.raises(ApiTypeError) as info:
        vm_api.get_vms({"where": {"vcpu_gt": "4"}})
    assert "where.vcpu_gt" in str(info.value) and "integer" in str(info.value)
    with pytest.raises(ApiTypeError) as info:
        vm_api.get_vms({"where": {"id_in": "vm-1"}})
    assert "where.id_in" in str(info.value) and "list" in str(info.value)
    with pytest.raises(ApiTypeError) as info:
        vm_api.get_vms({"where": {"in_recycle_bin": "yes"}})
    assert "boolean" in str(info.value)
    with pytest.raises(ApiTypeError):
        vm_api.get_vms({"first": True})  # a bool is not an int


def test_unknown_enum_value_is_refused_with_a_suggestion(vm_api):
    with pytest.raises(ApiValueError) as info:
        vm_api.get_vms({"where": {"status": "RUNING"}})
    assert "where.status" in str(info.value) and "did you mean 'RUNNING'?" in str(info.value)


def test_missing_required_fields(vm_api):
    with pytest.raises(ApiValueError) as info:
        vm_api.update_vm_nic({"where": {"id": "vm"}, "data": {"enabled": True}})
    assert "data.nic_index" in str(info.value)
    with pytest.raises(ApiValueError) as info:
        vm_api.get_vms()
    assert "get_vms_request_body" in str(info.value)
    with pytest.raises(ApiValueError) as info:
        VmSnapshotApi(vm_api.api_client).create_vm_snapshot({"data": [{"name": "s"}]})
    assert "data[0].vm_id" in str(info.value)


def test_create_vm_list_body_and_nested_models(vm_api):
    body = body_of(vm_api, "create_vm", [{
        "cluster_id": "c", "name": "n", "ha": True, "cpu_cores": 4, "cpu_sockets": 4, "memory": 4 << 30,
        "vcpu": 16, "status": VmStatus.STOPPED, "firmware": "BIOS",
        "vm_nics": [VmNicParams(connect_vlan_id="vlan", mirror=True)],
        "vm_disks": {"mount_new_create_disks": [{"index": 0, "boot": 0, "bus": Bus.VIRTIO, "vm_volume": {
            "elf_storage_policy": VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION, "size": 10 << 30,
            "name": "v"}}]},
    }])
    assert body[0]["vm_nics"] == [{"connect_vlan_id": "vlan", "mirror": True}]
    assert body[0]["vm_disks"]["mount_new_create_disks"][0]["vm_volume"]["size"] == 10 << 30
    with pytest.raises(ApiTypeError) as info:
        vm_api.create_vm({"cluster_id": "c"})
    assert "list" in str(info.value)


def test_none_means_not_given_unless_nullable(vm_api):
    assert body_of(vm_api, "get_vms", {"where": None, "first": None}) == {"where": None, "first": None}
    body = body_of(vm_api, "update_vm", {"where": {"id": "v"}, "data": {"name": "x", "description": None}})
    assert body["data"] == {"name": "x"}


def test_call_arguments_are_checked(vm_api):
    with pytest.raises(ApiTypeError) as info:
        vm_api.get_vms({}, content_lang="zh-CN")
    assert "content_language" in str(info.value)
    with pytest.raises(ApiTypeError):
        vm_api.get_vms({}, {})
    with pytest.raises(ApiValueError) as info:
        vm_api.get_vms({}, content_language="zh_CN")
    assert "zh-CN" in str(info.value)


def test_login_with_enum_source(vm_api):
    user_api = UserApi(vm_api.api_client)
    body = body_of(user_api, "login", {"username": "u", "password": "p", "source": "LOCAL"})
    assert body == {"username": "u", "password": "p", "source": "LOCAL"}


def test_check_input_type_false_skips_the_checks_for_one_call(vm_api):
    bad = {"where": {"id": "v"}, "data": {"nic_index": 0, "enable": False}}
    assert body_of(vm_api, "update_vm_nic", bad, _check_input_type=False) == bad
    with pytest.raises(ApiValueError):
        body_of(vm_api, "update_vm_nic", bad)


def test_client_side_validation_off_sends_as_given():
    api = VmApi(offline_client(client_side_validation=False))
    body = body_of(api, "update_vm_nic", {"where": {"id": "v"}, "data": {"nic_index": 0, "enable": False}})
    assert body == {"where": {"id": "v"}, "data": {"nic_index": 0, "enable": False}}
    assert body_of(api, "get_vms", {"order_by": "name_ASC"}) == {"orderBy": "name_ASC"}


def test_datetimes_for_timestamp_filters_and_integral_floats(vm_api):
    import datetime
    body = body_of(vm_api, "get_vms", {"where": {"deleted_at_gt": datetime.datetime(2024, 5, 1, 8, 0, 0, 123456)}})
    assert body["where"]["deleted_at_gt"] == "2024-05-01T08:00:00.123Z"
    body = body_of(vm_api, "update_vm", {"where": {"id": "v"}, "data": {"memory": 4.0 * 1024 ** 3}})
    assert body["data"]["memory"] == 4 * 1024 ** 3 and isinstance(body["data"]["memory"], int)
    with pytest.raises(ApiTypeError):
        body_of(vm_api, "update_vm", {"where": {"id": "v"}, "data": {"vcpu": 2.5}})
    with pytest.raises(ApiValueError) as info:
        body_of(vm_api, "get_vms", {"where": {"cpu_usage_gt": float("nan")}})
    assert "where.cpu_usage_gt" in str(info.value)
    with pytest.raises(ApiValueError) as info:
        vm_api.create_vm([None])
    assert "[0]" in str(info.value)
