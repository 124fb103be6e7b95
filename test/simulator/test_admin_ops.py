# coding: utf-8
"""Administration through the SDK: roles, application packages, isolation policies, ESXi accounts."""
import pytest

from cloudtower_python_sdk import ApiException, VmApi
from cloudtower_python_sdk.api import (CloudTowerApplicationApi, CloudTowerApplicationPackageApi, IsolationPolicyApi,
                                       LabelApi, UserRoleNextApi, VsphereEsxiAccountApi)

from sim_helpers import task_states

pytestmark = pytest.mark.usefixtures("shape_checked")  # every answer has its schema's shape


def test_delete_role_and_the_roles_it_refuses(fresh):
    c = fresh.client
    api = UserRoleNextApi(c)
    created = api.create_role([{"name": "operators", "actions": ["MANAGE_HOST"]},
                               {"name": "given", "actions": ["MANAGE_DISK"]}])
    assert task_states(c, created) == ["SUCCESSED", "SUCCESSED"]
    ops, given = [r.data.id for r in created]
    with fresh.engine.lock:
        store = fresh.engine.store
        store.update("User", store.query("User", {"where": {"username": "admin"}})[0]["id"], {"roles": [given]})
        preset = store.insert("UserRoleNext", {"name": "Administrators", "actions": ["*"], "preset": "ADMIN"})
    for role_id, why in ((preset["id"], "preset"), (given, "given to 1 users")):
        with pytest.raises(ApiException) as e:
            api.delete_role({"where": {"id": role_id}})
        assert e.value.status == 400 and why in e.value.message and "(where)" in e.value.message
    answer = api.delete_role({"where": {"id": ops}})
    assert answer[0].data.id == ops and task_states(c, answer) == ["SUCCESSED"]
    assert [r.id for r in api.get_user_role_nexts({"where": {"name_in": ["operators", "given"]}})] == [given]


def test_delete_application_package(fresh):
    c = fresh.client
    with fresh.engine.lock:
        store = fresh.engine.store
        free = store.insert("CloudTowerApplicationPackage", {"name": "free", "version": "1.0.0"})
        used = store.insert("CloudTowerApplicationPackage", {"name": "used", "version": "1.0.0"})
        store.insert("CloudTowerApplication", {"name": "app", "package": used["id"]})
    api = CloudTowerApplicationApi(c)
    with pytest.raises(ApiException) as e:
        api.delete_cloud_tower_application_package({"where": {"id": used["id"]}})
    assert e.value.status == 400 and "in use" in e.value.message and "(where)" in e.value.message
    assert [p.id for p in api.delete_cloud_tower_application_package({"where": {"id": free["id"]}})] == [free["id"]]
    left = CloudTowerApplicationPackageApi(c).get_cloud_tower_application_packages({})
    assert [p.id for p in left] == [used["id"]]


def isolation_setup(sim):
    vm = VmApi(sim.client).get_vms({"where": {"in_recycle_bin": False}, "first": 1})[0]
    with sim.engine.lock:  # the world has no Everoute; a cluster, a security group and a service as it keeps them
        store = sim.engine.store
        cluster = store.insert("EverouteCluster", {"name": "er"})
        group = store.insert("SecurityGroup", {"name": "web", "everoute_cluster": cluster["id"]})
        ssh = store.insert("NetworkPolicyRuleService", {"name": "ssh", "members": [{"protocol": "TCP", "port": "22"}]})
    return vm, cluster["id"], group["id"], ssh["id"]


def test_isolation_policy_rules_are_stored_as_tower_keeps_them(fresh):
    c = fresh.client
    vm, cluster_id, group_id, ssh_id = isolation_setup(fresh)
    label = LabelApi(c).get_labels({"first": 1})[0]
    ingress = [{"type": "ALL", "ports": [{"protocol": "TCP", "port": "443"}], "service_ids": [ssh_id],
                "target": {"ips": [{"ip_block": "10.0.0.0/8", "except_ip_block": ["10.1.0.0/16"]}],
                           "security_groups": {"id": group_id}, "label_groups": [{"id": label.id}]}}]
    api = IsolationPolicyApi(c)
    policy = api.create_isolation_policy({"vm_id": vm.id, "everoute_cluster_id": cluster_id, "mode": "PARTIAL",
                                          "ingress": ingress, "egress": [{"type": "ALL"}]})
    read = api.get_isolation_policies({"where": {"vm": {"id": vm.id}}})[0]
    assert read.id == policy.id and read.mode == "PARTIAL" and read.everoute_cluster.id == cluster_id
    by_type = dict((r.type, r) for r in read.ingress)
    assert sorted(by_type) == ["IP_BLOCK", "SECURITY_GROUP", "SELECTOR"]
    assert (by_type["IP_BLOCK"].ip_block, by_type["IP_BLOCK"].except_ip_block) == ("10.0.0.0/8", ["10.1.0.0/16"])
    assert by_type["SECURITY_GROUP"].security_group.id == group_id
    assert [s.id for s in by_type["SELECTOR"].selector] == [label.id]
    assert all([p.port for p in r.ports] == ["443"] and [s.name for s in r.services] == ["ssh"] for r in read.ingress)
    assert [r.type for r in read.egress] == ["ALL"]
    with pytest.raises(ApiException) as e:  # one policy per VM
        api.create_isolation_policy({"vm_id": vm.id, "everoute_cluster_id": cluster_id, "mode": "ALL"})
    assert e.value.status == 400 and "vm_id" in e.value.message

    updated = api.update_isolation_policy({"where": {"id": policy.id}, "data": {
        "mode": "ALL", "egress": [{"type": "ALL", "target": {"ips": [{"ip_block": "0.0.0.0/0"}]}}]}})
    assert [(p.mode, [r.ip_block for r in p.egress]) for p in updated] == [("ALL", ["0.0.0.0/0"])]
    read = api.get_isolation_policies({"where": {"id": policy.id}})[0]
    assert read.mode == "ALL" and len(read.ingress) == 3 and [r.type for r in read.egress] == ["IP_BLOCK"]
    assert [p.id for p in api.delete_isolation_policy({"where": {"id": policy.id}})] == [policy.id]
    assert api.get_isolation_policies({"where": {"id": policy.id}}) == []


@pytest.mark.parametrize("change, field", [
    ({"vm_id": "nope"}, "vm_id"),
    ({"everoute_cluster_id": "nope"}, "everoute_cluster_id"),
    ({"ingress": [{"service_ids": ["nope"]}]}, "ingress[0].service_ids[0]"),
    ({"egress": [{}, {"target": {"security_groups": {"name": "nope"}}}]}, "egress[1].target.security_groups"),
    ({"ingress": [{"target": {"label_groups": [{"key": "nope"}]}}]}, "ingress[0].target.label_groups[0]"),
])
def test_isolation_policy_refuses_what_does_not_exist(sim, change, field):
    vm, cluster_id, _, _ = isolation_setup(sim)
    body = dict({"vm_id": vm.id, "everoute_cluster_id": cluster_id, "mode": "ALL"}, **change)
    with pytest.raises(ApiException) as e:
        IsolationPolicyApi(sim.client).create_isolation_policy(body)
    assert e.value.status == 400 and field in e.value.message
    assert IsolationPolicyApi(sim.client).get_isolation_policies({}) == []


def test_update_esxi_accounts(fresh):
    c = fresh.client
    host = fresh.world.all("Host")[0]
    with fresh.engine.lock:
        account = fresh.engine.store.insert("VsphereEsxiAccount", {
            "host": host["id"], "ip": "10.0.0.5", "username": "root", "port": 443, "is_valid": False,
            "local_id": "esxi-1"})
    api = VsphereEsxiAccountApi(c)
    answer = api.update_vsphere_esxi_account({"data": [{"esxi_account_id": account["id"], "ip": "10.0.0.6",
                                                        "username": "admin", "password": "secret", "port": 8443}]})
    assert [(a.ip, a.port) for a in answer[0].data] == [("10.0.0.6", 8443)]
    assert task_states(c, answer) == ["SUCCESSED"]
    read = api.get_vsphere_esxi_accounts({"where": {"id": account["id"]}})[0]
    assert (read.ip, read.username, read.port, read.is_valid) == ("10.0.0.6", "admin", 8443, True)
    assert "secret" not in repr(read.to_dict())
    with pytest.raises(ApiException) as e:
        api.update_vsphere_esxi_account({"data": [{"esxi_account_id": "nope", "ip": "x", "username": "y"}]})
    assert e.value.status == 400 and "data[0].esxi_account_id" in e.value.message
