# coding: utf-8
"""Settings, VM options and NIC details, users: the operations the generic update could not map, read back."""
import pytest

from cloudtower_python_sdk import (ApiClient, ClusterApi, ClusterSettingsApi, Configuration, GlobalSettingsApi,
                                   UserApi, UserRoleNextApi, VmApi, VmNicApi)
from cloudtower_python_sdk.utils import login, wait_tasks

pytestmark = pytest.mark.usefixtures("shape_checked")  # every answer has its schema's shape


def done(client, answer):
    items = answer if isinstance(answer, list) else [answer]
    wait_tasks([a.task_id for a in items], client, interval=0.01)
    return answer


def test_vm_advanced_host_and_io_options(fresh):
    c = fresh.client
    vm = VmApi(c).get_vms({"where": {"in_recycle_bin": False, "cluster": {"hypervisor": "ELF"}}, "first": 1})[0]
    done(c, VmApi(c).update_vm_advanced_options({"where": {"id": vm.id}, "data": {
        "clock_offset": "LOCALTIME", "video_type": "VGA", "windows_optimize": True, "cpu_model": "host_passthrough"}}))
    done(c, VmApi(c).update_vm_host_options({"where": {"id": vm.id}, "data": {"hostname": "web",
                                                                              "dns_servers": ["1.1.1.1", "8.8.8.8"]}}))
    done(c, VmApi(c).update_vm_io_policy({"where": {"id": vm.id}, "data": {
        "io_policy": "RESTRICT_WHOLE_VM", "whole_vm": {"max_iops": 500, "max_bandwidth": 10,
                                                       "max_bandwidth_unit": "MBps"}}}))
    after = VmApi(c).get_vms({"where": {"id": vm.id}})[0]
    assert (after.clock_offset, after.video_type, after.win_opt, after.cpu_model) == (
        "LOCALTIME", "VGA", True, "host_passthrough")
    assert (after.hostname, after.dns_servers) == ("web", "1.1.1.1,8.8.8.8")
    assert (after.io_policy, after.max_iops, after.max_bandwidth) == ("RESTRICT_WHOLE_VM", 500, 10 * 1024 ** 2)


def test_nic_details_change_the_nic(fresh):
    c = fresh.client
    nic = VmNicApi(c).get_vm_nics({"where": {"vm": {"in_recycle_bin": False}}, "first": 1})[0]
    done(c, VmApi(c).update_vm_nic_basic_info({"where": {"id": nic.id}, "data": {
        "ip_address": "10.1.2.3", "gateway": "10.1.2.1", "subnet_mask": "255.255.255.0"}}))
    done(c, VmApi(c).update_vm_nic_advance_info({"where": {"id": nic.id}, "data": {
        "enabled": False, "mac_address": "52:54:00:00:00:01"}}))
    done(c, VmApi(c).update_vm_nic_qos_option({"where": {"id": nic.id}, "data": {"qos": {
        "ingress": {"enabled": True, "rate_limit": 100, "rate_limit_unit": "Mbps"}}}}))
    read = VmNicApi(c).get_vm_nics({"where": {"id": nic.id}})[0]
    assert (read.ip_address, read.gateway, read.enabled, read.mac_address) == (
        "10.1.2.3", "10.1.2.1", False, "52:54:00:00:00:01")
    assert read.ingress_rate_limit_enabled is True and read.ingress_rate_limit_max_rate_in_bitps == 100 * 1024 ** 2
    assert "10.1.2.3" in VmApi(c).get_vms({"where": {"id": nic.vm.id}})[0].ips


def test_global_and_cluster_settings(fresh):
    c = fresh.client
    done(c, GlobalSettingsApi(c).update_session_timeout({"session_max_age": 600}))
    done(c, GlobalSettingsApi(c).update_access_restriction({"access_list": ["10.0.0.0/8"], "access_mode": "ALLOW"}))
    auth = GlobalSettingsApi(c).get_global_settingses({})[0].auth
    assert (auth.session_max_age, auth.access_list, auth.access_mode) == (600, ["10.0.0.0/8"], "ALLOW")
    assert auth.password_expire_days == 90  # the other login settings stay
    cluster = fresh.world.all("Cluster")[0]
    done(c, ClusterApi(c).update_cluster_ha_setting({"where": {"id": cluster["id"]}, "ha": False}))
    settings = ClusterSettingsApi(c).get_cluster_settingses({"where": {"cluster": {"id": cluster["id"]}}})[0]
    assert settings.default_ha is False


def test_a_created_user_has_its_role_and_logs_in_with_its_password(fresh):
    c = fresh.client
    role = done(c, UserRoleNextApi(c).create_role([{"name": "operators", "actions": ["MANAGE_HOST"]}]))[0].data
    done(c, UserApi(c).create_user([{"username": "ops", "name": "Ops", "password": "s3cret!", "role_id": role.id,
                                     "email_address": "ops@example.com"}]))
    user = UserApi(c).get_users({"where": {"username": "ops"}})[0]
    assert [r.id for r in user.roles] == [role.id]
    assert "s3cret!" not in str(user.to_dict())  # never shown
    assert login(ApiClient(Configuration(host=fresh.url)), "ops", "s3cret!")
    # a role given to a user cannot be deleted
    from cloudtower_python_sdk import ApiException
    try:
        UserRoleNextApi(c).delete_role({"where": {"id": role.id}})
    except ApiException as e:
        assert e.status == 400 and "given to 1 users" in e.message
    else:
        raise AssertionError("deleting a role in use was accepted")


def test_export_csv_and_cluster_storage_info(sim):
    from cloudtower_python_sdk import TableReporterApi
    c = sim.client
    text = TableReporterApi(c).export_csv({"name": "vms", "filter": {"vms": {"where": {"status": "RUNNING"},
                                                                             "orderBy": "name_ASC"}},
                                           "columns": [{"name": "Name", "path": "name"},
                                                       {"name": "Cluster", "path": "cluster.name"}]})
    rows = text.strip().split("\n")
    running = VmApi(c).get_vms({"where": {"status": "RUNNING"}, "orderBy": "name_ASC"})
    assert rows[0] == "Name,Cluster" and rows[1:] == ["%s,%s" % (v.name, v.cluster.name) for v in running]
    info = ClusterApi(c).get_cluster_storage_info({"where": {"type": "SMTX_OS"}, "effect": {"replica": [2, 3]}})
    assert info and all(i.free_data_space == i.total_data_capacity - i.used_data_space for i in info)
    replica = info[0].allocable_storage_capacity.replica
    assert [r.replica_num for r in replica] == [2, 3] and replica[0].capacity >= replica[1].capacity
