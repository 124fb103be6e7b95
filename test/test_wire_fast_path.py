# coding: utf-8
"""Model._fast_wire (the quick check of usual bodies) agrees with the long way.

A dict subclass always takes the long way through ``Model._to_wire``, so each
body is checked twice, as plain dicts and as ``LongWay`` dicts, and both
must give the same JSON or the same first error (class, message, path).
"""
import copy
import datetime

import pytest

from cloudtower_python_sdk import types
from cloudtower_python_sdk.exceptions import ApiTypeError, ApiValueError
from cloudtower_python_sdk.models import VmDiskParams, VmNicParams


class LongWay(dict):
    """A dict that Model._to_wire checks the long way (not ``type(value) is dict``)."""


def long_way(value):
    if isinstance(value, dict):
        return LongWay((k, long_way(v)) for k, v in value.items())
    if isinstance(value, list):
        return [long_way(v) for v in value]
    return value


def outcome(type_str, body, **ctx):
    try:
        return "ok", types.parse(type_str).to_wire(body, types.WireContext(**ctx), [])
    except (ApiTypeError, ApiValueError) as exc:
        return type(exc).__name__, str(exc).replace("LongWay", "dict"), exc.path_to_item


def creation(**changes):
    body = {
        "name": "vm-1", "cluster_id": "c1", "vcpu": 4, "cpu_cores": 2, "cpu_sockets": 2, "memory": 8 << 30,
        "ha": True, "firmware": "BIOS", "status": "RUNNING", "memory_unit": "B",
        "vm_nics": [{"connect_vlan_id": "vlan-1", "enabled": True, "model": "VIRTIO"},
                    {"connect_vlan_id": "vlan-2", "mirror": False}],
        "vm_disks": {
            "mount_cd_roms": [{"boot": 0, "index": 0, "elf_image_id": "image-1"}],
            "mount_new_create_disks": [{"boot": 1, "bus": "VIRTIO", "index": 1, "max_iops": 1000,
                                        "vm_volume": {"name": "v", "size": 20 << 30,
                                                      "elf_storage_policy": "REPLICA_2_THIN_PROVISION"}}],
        },
    }
    for path, value in changes.items():
        node, keys = body, path.split("__")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        node[keys[-1]] = value
    return body


CREATE_CASES = [
    creation(),
    creation(description=None, vm_disks__mount_cd_roms__0__boot=None),  # None: "not given" or null
    creation(vm_nics__1__enable=False),  # unknown field, did-you-mean
    creation(vm_disks__mount_new_create_disks__0__bus="VIRTO"),  # enum value
    creation(vcpu="4"), creation(vcpu=True), creation(vcpu=4.0), creation(vcpu=float("nan")),
    creation(memory=4.0 * 1024 ** 3), creation(ha=1), creation(name=datetime.datetime(2024, 5, 1)),
    creation(vm_nics=[None]), creation(vm_nics={"connect_vlan_id": "x"}),  # list items
    creation(vm_disks__mount_new_create_disks__0__vm_volume={"name": "v"}),  # missing required, deep
    creation(vcpu="4", vm_nics__0__enable=True),  # two errors: the first in order wins
    creation(vm_nics__0__connect_vlan_id=None, vm_disks__mount_cd_roms__0__boot="0"),
]


@pytest.mark.parametrize("validate", [True, False])
@pytest.mark.parametrize("index", range(len(CREATE_CASES)))
def test_create_bodies_agree_with_the_long_way(index, validate):
    body = CREATE_CASES[index]
    quick = outcome("list[VmCreationParams]", [copy.deepcopy(body)], validate=validate)
    assert quick == outcome("list[VmCreationParams]", long_way([body]), validate=validate)
    if validate and index == 0:
        assert quick[0] == "ok"


GET_CASES = [
    {"where": {"id": "v"}, "order_by": "name_ASC", "first": 1},
    {"where": {"id": "v"}, "orderBy": "name_ASC"},
    {"order_by": "name_ASC", "orderBy": "name_DESC"},  # given twice, nothing else wrong
    {"order_by": "name_ASC", "orderBy": "name_ASC", "where": {"vcpu_gt": "4"}},  # given twice, first
    {"where": {"vcpu_gt": "4"}, "order_by": "name_ASC", "orderBy": "name_ASC"},  # the type error first
    {"where": {"AND": [{"status": "RUNNING"}, {"status": "RUNING"}]}},
    {"where": {"status_in": ["RUNNING", 3]}},
    {"where": {"deleted_at_gt": datetime.datetime(2024, 5, 1, 8)}, "first": 2},
]


@pytest.mark.parametrize("attribute_names", [True, False])
@pytest.mark.parametrize("index", range(len(GET_CASES)))
def test_query_bodies_agree_with_the_long_way(index, attribute_names):
    body = GET_CASES[index]
    quick = outcome("GetVmsRequestBody", copy.deepcopy(body), attribute_names=attribute_names)
    assert quick == outcome("GetVmsRequestBody", long_way(body), attribute_names=attribute_names)


def test_given_twice_is_still_refused_with_both_names():
    kind, message, path = outcome("GetVmsRequestBody", GET_CASES[2])
    assert kind == "ApiValueError" and "given twice" in message and path == ["orderBy"]


def test_models_in_the_body_take_the_quick_path_with_the_same_result():
    nic = VmNicParams(connect_vlan_id="vlan-1", enabled=True, model="VIRTIO")
    disks = VmDiskParams(mount_cd_roms=[{"boot": 0, "index": 0, "elf_image_id": "image-1"}])
    body = creation(vm_nics=[nic], vm_disks=disks)
    kind, wire = outcome("list[VmCreationParams]", [body])
    assert kind == "ok"
    assert wire[0]["vm_nics"] == [{"connect_vlan_id": "vlan-1", "enabled": True, "model": "VIRTIO"}]
    assert wire[0]["vm_disks"] == {"mount_cd_roms": [{"boot": 0, "index": 0, "elf_image_id": "image-1"}]}
    bad = creation(vm_nics=[VmNicParams(connect_vlan_id="vlan-1", model="VIRTO")])
    kind, message, path = outcome("list[VmCreationParams]", [bad])
    assert kind == "ApiValueError" and path == [0, "vm_nics", 0, "model"] and "VIRTIO" in message


def test_checking_a_body_imports_only_the_classes_it_uses():
    # A fresh interpreter: VmWhereInput names ~100 other classes; a body using two fields imports two.
    import subprocess
    import sys
    code = ("import sys\n"
            "from cloudtower_python_sdk import ApiClient, Configuration\n"
            "from cloudtower_python_sdk.api.vm_api import VmApi\n"
            "client = ApiClient(Configuration(host='http://127.0.0.1:9/v2/api'))\n"
            "VmApi.get_vms.serialize(client, ({'where': {'id': 'x', 'status': 'RUNNING'}, 'first': 1},), {})\n"
            "print(' '.join(sorted(m.rsplit('.', 1)[1] for m, mod in sys.modules.items()\n"
            "                      if mod is not None and m.startswith('cloudtower_python_sdk.models.'))))\n")
    out = subprocess.check_output([sys.executable, "-c", code]).decode().split()
    assert out == ["get_vms_request_body", "vm_status", "vm_where_input"]
