# coding: utf-8
"""Each VM operation of the 1.9.0 usage guide: the state change, the task lifecycle, the failure paths."""
import pytest

from cloudtower_python_sdk import (ApiException, GlobalSettingsApi, ClusterSettingsApi, IscsiLunSnapshotApi,
                                   TaskApi, VmApi, VmSnapshotApi, VmTemplateApi, VlanApi, ElfImageApi,
                                   VmVolumeApi, HostApi, LabelApi)
from cloudtower_python_sdk.utils import wait_tasks


def wait(sim, with_tasks):
    if not isinstance(with_tasks, list):
        with_tasks = [with_tasks]
    wait_tasks([w.task_id for w in with_tasks], sim.client, interval=0.02, timeout=10)


def one_vm(sim, **where):
    where.setdefault("in_recycle_bin", False)
    where.setdefault("cluster", {"name": "elf-cluster-1"})
    return VmApi(sim.client).get_vms({"where": where, "first": 1})[0]


def get_vm(sim, vm_id):
    found = VmApi(sim.client).get_vms({"where": {"id": vm_id}})
    return found[0] if found else None


def cluster1(sim):
    from cloudtower_python_sdk import ClusterApi
    return ClusterApi(sim.client).get_clusters({"where": {"name": "elf-cluster-1"}})[0]


def vlan_of(sim, cluster_id, name="vlan-100"):
    return VlanApi(sim.client).get_vlans({"where": {"name": name, "vds": {"cluster": {"id": cluster_id}}}})[0]


def test_task_lifecycle_and_state_on_end(slow):
    fresh = slow
    api = VmApi(fresh.client)
    vm = one_vm(fresh, status="STOPPED")
    res = api.start_vm({"where": {"id": vm.id}})
    assert len(res) == 1 and res[0].data.id == vm.id and res[0].task_id
    seen = []
    for step in (0, 2, 2, 2, 4):
        fresh.advance(step)
        t = TaskApi(fresh.client).get_tasks({"where": {"id": res[0].task_id}})[0]
        seen.append((t.status, t.progress))
        if t.status != "SUCCESSED":
            assert get_vm(fresh, vm.id).status == "STOPPED"  # not before the task ends
    assert seen == [("PENDING", 0.0), ("PENDING", 0.0), ("EXECUTING", 0.4), ("EXECUTING", 0.6), ("SUCCESSED", 1.0)]
    assert t.finished_at and t.started_at
    after = get_vm(fresh, vm.id)
    assert after.status == "RUNNING" and after.host is not None
    assert t.resource_id == vm.id and t.description.startswith("Start VM")


POWER = [
    # (operation, initial status, final status)
    ("start_vm", "STOPPED", "RUNNING"),
    ("shut_down_vm", "RUNNING", "STOPPED"),
    ("poweroff_vm", "RUNNING", "STOPPED"),
    ("poweroff_vm", "SUSPENDED", "STOPPED"),
    ("restart_vm", "RUNNING", "RUNNING"),
    ("force_restart_vm", "SUSPENDED", "RUNNING"),
    ("suspend_vm", "RUNNING", "SUSPENDED"),
    ("resume_vm", "SUSPENDED", "RUNNING"),
]
ILLEGAL = [
    ("start_vm", "RUNNING"), ("shut_down_vm", "STOPPED"), ("suspend_vm", "STOPPED"), ("resume_vm", "RUNNING"),
    ("restart_vm", "STOPPED"), ("poweroff_vm", "STOPPED"), ("suspend_vm", "SUSPENDED"),
]


@pytest.mark.parametrize("op,before,after", POWER)
def test_power_transitions(sim, op, before, after):
    vm = one_vm(sim, status=before)
    res = getattr(VmApi(sim.client), op)({"where": {"id": vm.id}})
    wait(sim, res)
    assert get_vm(sim, vm.id).status == after


@pytest.mark.parametrize("op,status", ILLEGAL)
def test_illegal_transitions_fail_the_task(sim, op, status):
    vm = one_vm(sim, status=status)
    res = getattr(VmApi(sim.client), op)({"where": {"id": vm.id}})
    with pytest.raises(ApiException) as e:
        wait(sim, res)
    assert e.value.status == 500 and vm.name in e.value.reason and status in e.value.reason
    task = TaskApi(sim.client).get_tasks({"where": {"id": res[0].task_id}})[0]
    assert task.status == "FAILED" and status in task.error_message and task.error_code
    assert get_vm(sim, vm.id).status == status


def test_batch_start_and_start_on_host(fresh):
    api = VmApi(fresh.client)
    stopped = api.get_vms({"where": {"status": "STOPPED", "in_recycle_bin": False,
                                     "cluster": {"name": "elf-cluster-1"}}, "first": 3})
    res = api.start_vm({"where": {"id_in": [v.id for v in stopped[:2]]}})
    assert sorted(r.data.id for r in res) == sorted(v.id for v in stopped[:2])
    wait(fresh, res)
    assert all(v.status == "RUNNING" for v in api.get_vms({"where": {"id_in": [v.id for v in stopped[:2]]}}))
    host = HostApi(fresh.client).get_hosts({"where": {"cluster": {"id": stopped[2].cluster.id},
                                                      "status": "CONNECTED_HEALTHY", "state": "IN_USE"}})[-1]
    wait(fresh, api.start_vm({"where": {"id": stopped[2].id}, "data": {"host_id": host.id}}))
    vm = get_vm(fresh, stopped[2].id)
    assert vm.host.id == host.id and vm.node_ip == host.management_ip
    # the host's VMs include it now (the inverse side of the relation)
    assert vm.id in [v.id for v in HostApi(fresh.client).get_hosts({"where": {"id": host.id}})[0].vms]


def test_migrate_to_host_and_auto(fresh):
    api = VmApi(fresh.client)
    vm = one_vm(fresh, status="RUNNING")
    hosts = HostApi(fresh.client).get_hosts({"where": {"cluster": {"id": vm.cluster.id}, "state": "IN_USE",
                                                       "status": "CONNECTED_HEALTHY", "id_not": vm.host.id}})
    wait(fresh, api.migrate_vm({"where": {"id": vm.id}, "data": {"host_id": hosts[0].id}}))
    assert get_vm(fresh, vm.id).host.id == hosts[0].id
    wait(fresh, api.migrate_vm({"where": {"id": vm.id}}))
    moved = get_vm(fresh, vm.id)
    assert moved.host.id != hosts[0].id and moved.cluster.id == vm.cluster.id
    with pytest.raises(ApiException) as e:
        wait(fresh, api.migrate_vm({"where": {"id": vm.id}, "data": {"host_id": moved.host.id}}))
    assert "already" in e.value.reason


def test_create_blank_vm_with_disks_cd_roms_nics(slow):
    fresh = slow
    api = VmApi(fresh.client)
    c = cluster1(fresh)
    vlan = vlan_of(fresh, c.id)
    image = ElfImageApi(fresh.client).get_elf_images({"where": {"cluster": {"id": c.id}}})[0]
    volume = VmVolumeApi(fresh.client).get_vm_volumes({"where": {"cluster": {"id": c.id}, "mounting": False}})[0]
    res = api.create_vm([{
        "cluster_id": c.id, "name": "sim-new-vm", "ha": True, "cpu_cores": 4, "cpu_sockets": 4,
        "memory": 4 * 1024 ** 3, "vcpu": 16, "status": "STOPPED", "firmware": "BIOS",
        "vm_nics": [{"connect_vlan_id": vlan.id, "mirror": True, "model": "VIRTIO"}],
        "vm_disks": {
            "mount_disks": [{"index": 0, "boot": 0, "bus": "VIRTIO", "vm_volume_id": volume.id}],
            "mount_cd_roms": [{"index": 1, "boot": 1, "elf_image_id": image.id}],
            "mount_new_create_disks": [{"index": 2, "boot": 2, "bus": "VIRTIO", "vm_volume": {
                "elf_storage_policy": "REPLICA_2_THIN_PROVISION", "size": 10, "size_unit": "GB",
                "name": "sim-new-vol"}}],
        },
    }])
    assert res[0].data.name == "sim-new-vm"
    assert get_vm(fresh, res[0].data.id) is None  # it appears when the task ends
    fresh.advance(10)
    wait(fresh, res)
    vm = get_vm(fresh, res[0].data.id)
    assert (vm.name, vm.status, vm.vcpu, vm.cpu.cores, vm.memory) == ("sim-new-vm", "STOPPED", 16, 4, 4 * 1024 ** 3)
    assert vm.cluster.id == c.id and len(vm.vm_disks) == 3 and len(vm.vm_nics) == 1
    from cloudtower_python_sdk import VmDiskApi, VmNicApi
    disks = VmDiskApi(fresh.client).get_vm_disks({"where": {"vm": {"id": vm.id}}})
    assert sorted(d.type for d in disks) == ["CD_ROM", "DISK", "DISK"]
    assert [d.elf_image.id for d in disks if d.type == "CD_ROM"] == [image.id]
    new_vol = VmVolumeApi(fresh.client).get_vm_volumes({"where": {"name": "sim-new-vol"}})[0]
    assert new_vol.size == 10 * 1024 ** 3 and new_vol.mounting
    assert VmVolumeApi(fresh.client).get_vm_volumes({"where": {"id": volume.id}})[0].mounting
    nic = VmNicApi(fresh.client).get_vm_nics({"where": {"vm": {"id": vm.id}}})[0]
    assert nic.vlan.id == vlan.id and nic.mirror is True and nic.model == "VIRTIO"


def test_create_running_vm_gets_a_host(fresh):
    c = cluster1(fresh)
    res = VmApi(fresh.client).create_vm([{
        "cluster_id": c.id, "name": "sim-running", "ha": False, "cpu_cores": 1, "cpu_sockets": 2, "memory": 1024 ** 3,
        "status": "RUNNING", "firmware": "UEFI", "vm_nics": [], "vm_disks": {}}])
    wait(fresh, res)
    vm = get_vm(fresh, res[0].data.id)
    assert vm.status == "RUNNING" and vm.host is not None and vm.vcpu == 2


def test_create_vm_bad_references_are_400_and_change_nothing(fresh):
    api = VmApi(fresh.client)
    before = api.get_vms_connection({}).aggregate.count
    tasks = TaskApi(fresh.client).get_tasks_connection({}).aggregate.count
    c = cluster1(fresh)
    for bad in ({"cluster_id": "nope"}, {"vm_nics": [{"connect_vlan_id": "nope"}]},
                {"vm_disks": {"mount_disks": [{"boot": 0, "bus": "VIRTIO", "vm_volume_id": "nope"}]}},
                {"vcpu": 3}):
        params = {"cluster_id": c.id, "name": "x", "ha": False, "cpu_cores": 1, "cpu_sockets": 2, "memory": 1,
                  "status": "STOPPED", "firmware": "BIOS", "vm_nics": [], "vm_disks": {}}
        params.update(bad)
        with pytest.raises(ApiException) as e:
            api.create_vm([params])
        assert e.value.status == 400
    assert api.get_vms_connection({}).aggregate.count == before
    assert TaskApi(fresh.client).get_tasks_connection({}).aggregate.count == tasks


def test_create_from_template_plain_and_overrides(fresh):
    api = VmApi(fresh.client)
    tpl = VmTemplateApi(fresh.client).get_vm_templates({"where": {"name": "win2019-template"}})[0]
    res = api.create_vm_from_template([{"template_id": tpl.id, "name": "from-tpl", "is_full_copy": False}])
    wait(fresh, res)
    vm = get_vm(fresh, res[0].data.id)
    assert vm.cluster.id == tpl.cluster.id and vm.vcpu == tpl.vcpu and vm.memory == tpl.memory
    assert len(vm.vm_disks) == len(tpl.vm_disks) and len(vm.vm_nics) == len(tpl.vm_nics)

    image = ElfImageApi(fresh.client).get_elf_images({"where": {"cluster": {"id": tpl.cluster.id}}})[1]
    volume = VmVolumeApi(fresh.client).get_vm_volumes({"where": {"cluster": {"id": tpl.cluster.id},
                                                                 "mounting": False}})[0]
    vlan = vlan_of(fresh, tpl.cluster.id, "vlan-200")
    res = api.create_vm_from_template([{
        "template_id": tpl.id, "name": "from-tpl-2", "is_full_copy": False,
        "disk_operate": {
            "remove_disks": {"disk_index": [2]},
            "modify_disks": [{"disk_index": 1, "vm_volume_id": volume.id}],
            "new_disks": {
                "mount_cd_roms": [{"index": 3, "boot": 3, "elf_image_id": image.id}],
                "mount_new_create_disks": [{"vm_volume": {"elf_storage_policy": "REPLICA_2_THIN_PROVISION",
                                                          "size": 4 * 1024 ** 3, "name": "tpl-extra"},
                                            "bus": "IDE", "boot": 4, "index": 4}],
            },
        },
        "vm_nics": [{"connect_vlan_id": vlan.id, "enabled": True, "model": "SRIOV"}],
    }])
    wait(fresh, res)
    from cloudtower_python_sdk import VmDiskApi, VmNicApi
    disks = VmDiskApi(fresh.client).get_vm_disks({"where": {"vm": {"id": res[0].data.id}}})
    assert sorted(d.type for d in disks) == ["CD_ROM", "DISK", "DISK", "DISK"]
    assert volume.id in [d.vm_volume.id for d in disks if d.vm_volume]
    assert image.id in [d.elf_image.id for d in disks if d.elf_image]
    nics = VmNicApi(fresh.client).get_vm_nics({"where": {"vm": {"id": res[0].data.id}}})
    assert [(n.vlan.id, n.model) for n in nics] == [(vlan.id, "SRIOV")]


def test_update_vm(sim):
    vm = one_vm(sim, status="STOPPED")
    res = VmApi(sim.client).update_vm({"where": {"id": vm.id}, "data": {
        "name": "renamed", "description": "new description", "ha": False, "vcpu": 16, "cpu_cores": 2,
        "cpu_sockets": 8, "memory": 8 * 1024 ** 3}})
    assert res[0].data.name == vm.name  # a placeholder until the task ends
    wait(sim, res)
    after = get_vm(sim, vm.id)
    assert (after.name, after.description, after.ha, after.vcpu, after.cpu.sockets, after.memory) == \
        ("renamed", "new description", False, 16, 8, 8 * 1024 ** 3)
    with pytest.raises(ApiException) as e:
        VmApi(sim.client).update_vm({"where": {"id": vm.id}, "data": {"vcpu": 3, "cpu_cores": 2, "cpu_sockets": 8}})
    assert e.value.status == 400 and "vcpu" in e.value.message


def test_cd_rom_add_remove(sim):
    api = VmApi(sim.client)
    vm = one_vm(sim)
    image = ElfImageApi(sim.client).get_elf_images({"where": {"cluster": {"id": vm.cluster.id}}})[0]
    n = len(vm.vm_disks)
    wait(sim, api.add_vm_cd_rom({"where": {"id": vm.id}, "data": {"vm_cd_roms": [
        {"elf_image_id": image.id, "index": 5, "boot": 5}]}}))
    from cloudtower_python_sdk import VmDiskApi
    cds = VmDiskApi(sim.client).get_vm_disks({"where": {"vm": {"id": vm.id}, "type": "CD_ROM",
                                                        "elf_image": {"id": image.id}}})
    assert len(get_vm(sim, vm.id).vm_disks) == n + 1 and cds
    wait(sim, api.remove_vm_cd_rom({"where": {"id": vm.id}, "data": {"cd_rom_ids": [cds[-1].id]}}))
    assert len(get_vm(sim, vm.id).vm_disks) == n
    with pytest.raises(ApiException):
        wait(sim, api.remove_vm_cd_rom({"where": {"id": vm.id}, "data": {"cd_rom_ids": [cds[-1].id]}}))


def test_disk_add_new_mount_existing_remove(sim):
    api = VmApi(sim.client)
    vm = one_vm(sim)
    n = len(vm.vm_disks)
    wait(sim, api.add_vm_disk({"where": {"id": vm.id}, "data": {"vm_disks": {"mount_new_create_disks": [
        {"vm_volume": {"elf_storage_policy": "REPLICA_2_THIN_PROVISION", "size": 40 * 1024 ** 3,
                       "name": "added-volume"}, "index": 1, "boot": 1, "bus": "VIRTIO"}]}}}))
    free = VmVolumeApi(sim.client).get_vm_volumes({"where": {"cluster": {"id": vm.cluster.id}, "mounting": False}})[0]
    wait(sim, api.add_vm_disk({"where": {"id": vm.id}, "data": {"vm_disks": {"mount_disks": [
        {"vm_volume_id": free.id, "index": 2, "boot": 2, "bus": "VIRTIO"}]}}}))
    after = get_vm(sim, vm.id)
    assert len(after.vm_disks) == n + 2 and after.size >= vm.size + 40 * 1024 ** 3
    from cloudtower_python_sdk import VmDiskApi
    disk = VmDiskApi(sim.client).get_vm_disks({"where": {"vm_volume": {"id": free.id}}})[0]
    wait(sim, api.remove_vm_disk({"where": {"id": vm.id}, "data": {"disk_ids": [disk.id]}}))
    assert len(get_vm(sim, vm.id).vm_disks) == n + 1
    assert VmVolumeApi(sim.client).get_vm_volumes({"where": {"id": free.id}})[0].mounting is False


def test_nic_add_update_remove(sim):
    api = VmApi(sim.client)
    vm = one_vm(sim)
    vlan = vlan_of(sim, vm.cluster.id)
    n = len(vm.vm_nics)
    wait(sim, api.add_vm_nic({"where": {"id": vm.id}, "data": {"vm_nics": [
        {"connect_vlan_id": vlan.id, "enabled": True, "model": "VIRTIO", "ip_address": "10.9.9.9",
         "gateway": "10.9.9.1", "subnet_mask": "255.255.255.0"},
        {"connect_vlan_id": vlan.id, "enabled": True, "mirror": True, "model": "E1000"}]}}))
    from cloudtower_python_sdk import VmNicApi
    nics = sorted(VmNicApi(sim.client).get_vm_nics({"where": {"vm": {"id": vm.id}}}), key=lambda x: x.order)
    assert len(nics) == n + 2 and "10.9.9.9" in get_vm(sim, vm.id).ips
    wait(sim, api.update_vm_nic({"where": {"id": vm.id}, "data": {
        "nic_index": n, "enabled": False, "mirror": False, "mac_address": "52:54:00:aa:bb:cc",
        "ip_address": "10.9.9.10", "gateway": "10.9.9.1", "subnet_mask": "255.255.255.0"}}))
    nic = VmNicApi(sim.client).get_vm_nics({"where": {"id": nics[n].id}})[0]
    assert (nic.enabled, nic.mac_address, nic.ip_address) == (False, "52:54:00:aa:bb:cc", "10.9.9.10")
    wait(sim, api.remove_vm_nic({"where": {"id": vm.id}, "data": {"nic_index": [n, n + 1]}}))
    assert len(get_vm(sim, vm.id).vm_nics) == n
    with pytest.raises(ApiException):
        wait(sim, api.update_vm_nic({"where": {"id": vm.id}, "data": {"nic_index": 99}}))


def test_recycle_bin_and_delete(fresh):
    api = VmApi(fresh.client)
    vms = api.get_vms({"where": {"in_recycle_bin": False, "cluster": {"name": "elf-cluster-1"}}, "first": 2})
    where = {"where": {"id_in": [v.id for v in vms]}}
    res = api.move_vm_to_recycle_bin(where)
    assert sorted(r.data.id for r in res) == sorted(v.id for v in vms)
    wait(fresh, res)
    moved = api.get_vms(where)
    assert all(v.in_recycle_bin and v.deleted_at and v.status == "STOPPED" for v in moved)
    with pytest.raises(ApiException):
        wait(fresh, api.move_vm_to_recycle_bin(where))
    wait(fresh, api.recover_vm_from_recycle_bin(where))
    assert not any(v.in_recycle_bin or v.deleted_at for v in api.get_vms(where))
    with pytest.raises(ApiException):
        wait(fresh, api.recover_vm_from_recycle_bin(where))
    disk_ids = [d.id for v in vms for d in v.vm_disks]
    res = api.delete_vm(where)
    assert sorted(r.data.id for r in res) == sorted(v.id for v in vms)
    wait(fresh, res)
    assert api.get_vms(where) == []
    from cloudtower_python_sdk import VmDiskApi
    assert VmDiskApi(fresh.client).get_vm_disks({"where": {"id_in": disk_ids}}) == []
    assert api.delete_vm(where) == []  # nothing matches any more


def test_where_matching_nothing_gives_no_tasks(sim):
    assert VmApi(sim.client).start_vm({"where": {"id": "no-such-vm"}}) == []


def test_vm_snapshot_backup_scenario(sim):
    """The backup scenario of the 1.9.0 usage guide."""
    api = VmApi(sim.client)
    vm = one_vm(sim, status="RUNNING")
    snaps = VmSnapshotApi(sim.client).create_vm_snapshot({"data": [
        {"vm_id": vm.id, "name": "backup-1", "consistent_type": "CRASH_CONSISTENT"}]})
    wait(sim, snaps)
    snapshot = VmSnapshotApi(sim.client).get_vm_snapshots({"where": {"id": snaps[0].data.id}})[0]
    assert snapshot.name == "backup-1" and snapshot.vm.id == vm.id
    local_ids = [d.snapshot_local_id for d in snapshot.vm_disks if d.type == "DISK"]
    assert local_ids and all(local_ids)
    luns = IscsiLunSnapshotApi(sim.client).get_iscsi_lun_snapshots({"where": {"local_id_in": local_ids}})
    assert sorted(lun.local_id for lun in luns) == sorted(local_ids)
    assert all(d.snapshot_local_id is None for d in snapshot.vm_disks if d.type == "CD_ROM")
    assert snapshot.id in [s.id for s in get_vm(sim, vm.id).snapshots]
    no_tools = api.get_vms({"where": {"vm_tools_status_not": "RUNNING", "in_recycle_bin": False}, "first": 1})[0]
    res = VmSnapshotApi(sim.client).create_vm_snapshot({"data": [
        {"vm_id": no_tools.id, "name": "fs", "consistent_type": "FILE_SYSTEM_CONSISTENT"}]})
    with pytest.raises(ApiException) as e:
        wait(sim, res)
    assert "VMTools" in e.value.reason


def test_settings(fresh):
    g = GlobalSettingsApi(fresh.client)
    before = g.get_global_settingses({"first": 1})[0]
    assert before.vm_recycle_bin.enabled is True
    res = g.update_global_recycle_bin_setting({"enabled": True, "retain": 30})
    wait(fresh, res)
    assert g.get_global_settingses({})[0].vm_recycle_bin.retain == 30
    c = cluster1(fresh)
    cs = ClusterSettingsApi(fresh.client)
    gs = GlobalSettingsApi(fresh.client)
    wait(fresh, gs.update_cluster_recycle_bin_setting({"where": {"id": c.id}, "data": {"enabled": False, "retain": 1}}))
    s = cs.get_cluster_settingses({"where": {"cluster": {"id": c.id}}})[0]
    assert (s.vm_recycle_bin.enabled, s.vm_recycle_bin.retain) == (False, 1)
    wait(fresh, gs.delete_cluster_recycle_bin_setting({"where": {"id": c.id}}))
    assert cs.get_cluster_settingses({"where": {"cluster": {"id": c.id}}})[0].vm_recycle_bin is None


def test_generic_create_update_delete(fresh):
    api = LabelApi(fresh.client)
    res = api.create_label([{"key": "sim", "value": "one"}, {"key": "sim", "value": "two"}])
    assert len(res) == 2 and res[0].data.key == "sim"
    wait(fresh, res)
    assert sorted(label.value for label in api.get_labels({"where": {"key": "sim"}})) == ["one", "two"]
    wait(fresh, api.update_label({"where": {"key": "sim", "value": "one"}, "data": {"value": "uno"}}))
    assert sorted(label.value for label in api.get_labels({"where": {"key": "sim"}})) == ["two", "uno"]
    res = api.delete_label({"where": {"key": "sim"}})
    assert sorted(r.data.id for r in res) == sorted(r.data.id for r in res)
    wait(fresh, res)
    assert api.get_labels({"where": {"key": "sim"}}) == []
