# coding: utf-8
"""VM copies, rollbacks, disks, labels and folders: each effect read back through the SDK."""
import pytest

from cloudtower_python_sdk import (ApiException, LabelApi, VmApi, VmFolderApi, VmSnapshotApi, VmTemplateApi,
                                   VmVolumeApi)
from cloudtower_python_sdk.utils import wait_tasks

pytestmark = pytest.mark.usefixtures("shape_checked")  # every answer has its schema's shape

GiB = 1024 ** 3


def done(client, answer):
    """Wait for the tasks of an answer (a list of WithTask); returns the answer."""
    items = answer if isinstance(answer, list) else [answer]
    wait_tasks([a.task_id for a in items], client, interval=0.01)
    return answer


def a_vm(client, **where):
    where.setdefault("in_recycle_bin", False)
    return VmApi(client).get_vms({"where": dict(where, cluster={"hypervisor": "ELF"}), "first": 1})[0]


def vm_disks(client, vm_id):
    from cloudtower_python_sdk import VmDiskApi
    return VmDiskApi(client).get_vm_disks({"where": {"vm": {"id": vm_id}}, "orderBy": "key_ASC"})


def test_clone_copies_configuration_disks_and_nics(fresh):
    c = fresh.client
    src = a_vm(c, status="STOPPED")
    answer = done(c, VmApi(c).clone_vm([{"src_vm_id": src.id, "name": "web-clone", "is_full_copy": True}]))
    clone = VmApi(c).get_vms({"where": {"id": answer[0].data.id}})[0]
    assert clone.name == "web-clone" and clone.id != src.id
    assert (clone.vcpu, clone.memory, clone.cpu.cores, clone.firmware) == (src.vcpu, src.memory, src.cpu.cores,
                                                                            src.firmware)
    src_disks, clone_disks = vm_disks(c, src.id), vm_disks(c, clone.id)
    assert [(d.type, d.bus) for d in clone_disks] == [(d.type, d.bus) for d in src_disks]
    vols = VmVolumeApi(c).get_vm_volumes({"where": {"id_in": [d.vm_volume.id for d in clone_disks if d.vm_volume]}})
    src_vols = VmVolumeApi(c).get_vm_volumes({"where": {"id_in": [d.vm_volume.id for d in src_disks if d.vm_volume]}})
    assert sorted(v.size for v in vols) == sorted(v.size for v in src_vols)
    assert not set(v.id for v in vols) & set(v.id for v in src_vols)  # new volumes, not shared
    assert len(clone.vm_nics) == len(src.vm_nics) and clone.size == src.size
    limited = done(c, VmApi(c).clone_vm([{"src_vm_id": src.id, "name": "limited", "max_bandwidth": 20,
                                          "max_bandwidth_unit": "MBps", "max_bandwidth_policy": "FORCED"}]))
    read = VmApi(c).get_vms({"where": {"id": limited[0].data.id}})[0]
    assert (read.max_bandwidth, read.max_bandwidth_policy) == (20 * 1024 ** 2, "FORCED")


def test_clone_of_a_missing_or_recycled_vm_is_a_400_naming_the_field(fresh):
    with pytest.raises(ApiException) as e:
        VmApi(fresh.client).clone_vm([{"src_vm_id": "nope", "name": "x"}])
    assert e.value.status == 400 and "src_vm_id" in e.value.message
    binned = VmApi(fresh.client).get_vms({"where": {"in_recycle_bin": True}, "first": 1})[0]
    with pytest.raises(ApiException) as e:
        VmApi(fresh.client).clone_vm([{"src_vm_id": binned.id, "name": "x"}])
    assert e.value.status == 400 and "recycle bin" in e.value.message


def test_rollback_restores_the_snapshot_configuration_and_disk_sizes(fresh):
    c = fresh.client
    vm = a_vm(c, status="STOPPED")
    snap = done(c, VmSnapshotApi(c).create_vm_snapshot({"data": [{"vm_id": vm.id, "name": "before"}]}))[0].data
    disk = next(d for d in vm_disks(c, vm.id) if d.type == "DISK")
    size = VmVolumeApi(c).get_vm_volumes({"where": {"id": disk.vm_volume.id}})[0].size
    done(c, VmApi(c).update_vm({"where": {"id": vm.id}, "data": {"memory": 64, "memory_unit": "GB", "ha": not vm.ha}}))
    done(c, VmApi(c).expand_vm_disk({"where": {"id": disk.id}, "size": size + GiB}))
    done(c, VmApi(c).rollback_vm({"where": {"id": vm.id}, "data": {"snapshot_id": snap.id}}))
    after = VmApi(c).get_vms({"where": {"id": vm.id}})[0]
    assert (after.memory, after.ha) == (vm.memory, vm.ha)
    vols = [VmVolumeApi(c).get_vm_volumes({"where": {"id": d.vm_volume.id}})[0]
            for d in vm_disks(c, vm.id) if d.type == "DISK"]
    assert disk.vm_volume.id in [v.id for v in vols] and size in [v.size for v in vols]


def test_rollback_to_another_vms_snapshot_is_refused(fresh):
    c = fresh.client
    a, b = VmApi(c).get_vms({"where": {"in_recycle_bin": False, "cluster": {"hypervisor": "ELF"}}, "first": 2})
    snap = done(c, VmSnapshotApi(c).create_vm_snapshot({"data": [{"vm_id": a.id, "name": "a"}]}))[0].data
    with pytest.raises(ApiException) as e:
        VmApi(c).rollback_vm({"where": {"id": b.id}, "data": {"snapshot_id": snap.id}})
    assert e.value.status == 400 and "not a snapshot of" in e.value.message


def test_rebuild_from_a_snapshot_makes_a_new_vm(fresh):
    c = fresh.client
    vm = a_vm(c)
    snap = done(c, VmSnapshotApi(c).create_vm_snapshot({"data": [{"vm_id": vm.id, "name": "s"}]}))[0].data
    new = done(c, VmApi(c).rebuild_vm([{"rebuild_from_snapshot_id": snap.id, "name": "rebuilt"}]))[0].data
    rebuilt = VmApi(c).get_vms({"where": {"id": new.id}})[0]
    assert rebuilt.name == "rebuilt" and rebuilt.vcpu == vm.vcpu and rebuilt.size == vm.size


def test_disk_bus_update_and_cd_rom_refusal(fresh):
    c = fresh.client
    vm = a_vm(c, status="STOPPED", vm_disks_some={"type": "CD_ROM"})
    disks = vm_disks(c, vm.id)
    disk = next(d for d in disks if d.type == "DISK")
    assert disk.bus == "VIRTIO"
    done(c, VmApi(c).update_vm_disk({"where": {"id": vm.id}, "data": {"vm_disk_id": disk.id, "bus": "SCSI"}}))
    assert [d.bus for d in vm_disks(c, vm.id) if d.id == disk.id] == ["SCSI"]
    cd = next(d for d in disks if d.type == "CD_ROM")
    with pytest.raises(ApiException) as e:
        VmApi(c).update_vm_disk({"where": {"id": vm.id}, "data": {"vm_disk_id": cd.id, "bus": "SCSI"}})
    assert e.value.status == 400 and "CD-ROM" in e.value.message


def test_expand_grows_the_volume_and_refuses_shrinking(fresh):
    c = fresh.client
    vm = a_vm(c)
    disk = next(d for d in vm_disks(c, vm.id) if d.type == "DISK")
    size = VmVolumeApi(c).get_vm_volumes({"where": {"id": disk.vm_volume.id}})[0].size
    done(c, VmApi(c).expand_vm_disk({"where": {"id": disk.id}, "size": size // GiB + 10, "size_unit": "GB"}))
    assert VmVolumeApi(c).get_vm_volumes({"where": {"id": disk.vm_volume.id}})[0].size == size + 10 * GiB
    assert VmApi(c).get_vms({"where": {"id": vm.id}})[0].size == vm.size + 10 * GiB
    with pytest.raises(ApiException) as e:
        VmApi(c).expand_vm_disk({"where": {"id": disk.id}, "size": 1, "size_unit": "GB"})
    assert e.value.status == 400 and "shrink" in e.value.message


def test_eject_and_disable_cd_rom(fresh):
    c = fresh.client
    vm = a_vm(c, vm_disks_some={"type": "CD_ROM", "elf_image": {"id_not": None}})
    cd = next(d for d in vm_disks(c, vm.id) if d.type == "CD_ROM")
    assert cd.elf_image is not None
    done(c, VmApi(c).eject_iso_from_vm_cd_rom({"where": {"id": cd.id}}))
    done(c, VmApi(c).toggle_vm_cd_rom_disable({"where": {"id": cd.id}, "disabled": True}))
    cd = [d for d in vm_disks(c, vm.id) if d.id == cd.id][0]
    assert cd.elf_image is None and cd.disabled is True


def test_labels_attach_to_and_detach_from_resources(fresh):
    c = fresh.client
    label = done(c, LabelApi(c).create_label([{"key": "tier", "value": "gold"}]))[0].data
    vms = VmApi(c).get_vms({"where": {"in_recycle_bin": False}, "first": 3})
    cluster = fresh.world.all("Cluster")[0]
    done(c, LabelApi(c).add_labels_to_resources({"where": {"id": label.id}, "data": {
        "vms": {"id_in": [v.id for v in vms]}, "clusters": {"id": cluster["id"]}}}))
    tagged = VmApi(c).get_vms({"where": {"labels_some": {"id": label.id}}})
    assert sorted(v.id for v in tagged) == sorted(v.id for v in vms)
    read = LabelApi(c).get_labels({"where": {"id": label.id}})[0]
    assert read.vm_num == 3 and read.cluster_num == 1 and read.total_num == 4
    done(c, LabelApi(c).remove_labels_from_resources({"where": {"id": label.id}, "data": {"vms": {"id": vms[0].id}}}))
    assert len(VmApi(c).get_vms({"where": {"labels_some": {"id": label.id}}})) == 2


def test_folders(fresh):
    c = fresh.client
    vm = a_vm(c)
    folder = done(c, VmFolderApi(c).create_vm_folder([{"name": "apps", "cluster_id": vm.cluster.id}]))[0].data
    done(c, VmApi(c).add_vm_to_folder({"where": {"id": vm.id}, "data": {"folder_id": folder.id}}))
    assert VmApi(c).get_vms({"where": {"id": vm.id}})[0].folder.id == folder.id
    done(c, VmApi(c).remove_vm_to_folder({"where": {"id": vm.id}}))
    assert VmApi(c).get_vms({"where": {"id": vm.id}})[0].folder is None


def test_templates_from_and_to_vms(fresh):
    c = fresh.client
    vm = a_vm(c, status="STOPPED")
    tpl = done(c, VmTemplateApi(c).clone_vm_template_from_vm([{"vm_id": vm.id, "name": "t1",
                                                               "cloud_init_supported": False}]))[0].data
    read = VmTemplateApi(c).get_vm_templates({"where": {"id": tpl.id}})[0]
    assert (read.vcpu, read.memory) == (vm.vcpu, vm.memory)
    assert len([d for d in read.vm_disks if d.type == "DISK"]) == len([d for d in vm_disks(c, vm.id)
                                                                        if d.type == "DISK"])
    converted = done(c, VmTemplateApi(c).convert_vm_template_from_vm([{"vm_id": vm.id, "name": "t2",
                                                                       "cloud_init_supported": True}]))[0].data
    assert VmApi(c).get_vms({"where": {"id": vm.id}}) == []  # the VM became the template
    back = done(c, VmApi(c).convert_vm_template_to_vm([{"converted_from_template_id": converted.id,
                                                        "name": "again"}]))[0].data
    again = VmApi(c).get_vms({"where": {"id": back.id}})[0]
    assert again.name == "again" and again.memory == vm.memory and again.size == vm.size
    assert VmTemplateApi(c).get_vm_templates({"where": {"id": converted.id}}) == []


def test_converting_a_running_vm_fails_the_task(fresh):
    from cloudtower_python_sdk import TaskApi
    c = fresh.client
    vm = a_vm(c, status="RUNNING")
    answer = VmTemplateApi(c).convert_vm_template_from_vm([{"vm_id": vm.id, "name": "t",
                                                            "cloud_init_supported": False}])
    with pytest.raises(ApiException, match="requires STOPPED"):
        wait_tasks([answer[0].task_id], c, interval=0.01)
    task = TaskApi(c).get_tasks({"where": {"id": answer[0].task_id}})[0]
    assert task.status == "FAILED" and "requires STOPPED" in task.error_message
    assert VmApi(c).get_vms({"where": {"id": vm.id}})[0].status == "RUNNING"


def test_migrate_across_clusters_moves_the_vm_and_its_volumes(fresh):
    c = fresh.client
    vm = a_vm(c, status="STOPPED", cluster={"name": "elf-cluster-1"})
    target = fresh.world.find("Cluster", name="elf-cluster-2")[0]
    dest_vlan = fresh.world.find("Vlan")[-1]
    mapping = [{"src_vlan_local_id": v["local_id"], "dest_vlan_local_id": dest_vlan["local_id"]}
               for v in fresh.world.all("Vlan")]
    done(c, VmApi(c).migrate_vm_across_cluster({"where": {"id": vm.id}, "data": {
        "cluster_id": target["id"], "vm_config": {"migrate_type": "COLD_MIGRATE", "network_mapping": mapping,
                                                  "elf_storage_policy": "REPLICA_3_THIN_PROVISION"}}}))
    moved = VmApi(c).get_vms({"where": {"id": vm.id}})[0]
    assert moved.cluster.id == target["id"]
    vols = VmVolumeApi(c).get_vm_volumes({"where": {"vm_disks_some": {"vm": {"id": vm.id}}}})
    assert vols and all(v.cluster.id == target["id"] and v.elf_storage_policy == "REPLICA_3_THIN_PROVISION"
                        for v in vols)


def test_content_library_template_from_a_vm_and_a_vm_from_it(fresh):
    from cloudtower_python_sdk import ContentLibraryVmTemplateApi
    c = fresh.client
    vm = a_vm(c, status="STOPPED")
    clusters = [x["id"] for x in fresh.world.find("Cluster", hypervisor="ELF", connect_state="CONNECTED")]
    tpl = done(c, ContentLibraryVmTemplateApi(c).clone_content_library_vm_template_from_vm([{
        "vm": {"id": vm.id}, "name": "golden", "clusters": {"id_in": clusters}}]))[0].data
    read = ContentLibraryVmTemplateApi(c).get_content_library_vm_templates({"where": {"id": tpl.id}})[0]
    assert sorted(x.id for x in read.clusters) == sorted(clusters) and read.memory == vm.memory
    new = done(c, VmApi(c).create_vm_from_content_library_template([{
        "template_id": tpl.id, "cluster_id": clusters[-1], "name": "from-golden", "is_full_copy": True}]))[0].data
    made = VmApi(c).get_vms({"where": {"id": new.id}})[0]
    assert made.cluster.id == clusters[-1] and made.size == vm.size and made.vcpu == vm.vcpu


def test_an_aborted_cross_cluster_migration_fails_and_moves_nothing():
    from cloudtower_python_sdk import TaskApi
    from cloudtower_python_sdk.simulator import Simulator
    with Simulator(seed=0, clock="manual", task_seconds=10) as sim:
        c = sim.client
        vm = a_vm(c, status="STOPPED", cluster={"name": "elf-cluster-1"})
        target = sim.world.find("Cluster", name="elf-cluster-2")[0]
        answer = VmApi(c).migrate_vm_across_cluster({"where": {"id": vm.id}, "data": {
            "cluster_id": target["id"], "vm_config": {"migrate_type": "COLD_MIGRATE", "network_mapping": [],
                                                      "elf_storage_policy": "REPLICA_2_THIN_PROVISION"}}})
        aborted = VmApi(c).abort_migrate_vm_across_cluster({"tasks": {"id": answer[0].task_id}})
        assert [t.id for t in aborted] == [answer[0].task_id]
        sim.advance(10)
        task = TaskApi(c).get_tasks({"where": {"id": answer[0].task_id}})[0]
        assert task.status == "FAILED" and task.error_code == "EMigrationAborted"
        assert VmApi(c).get_vms({"where": {"id": vm.id}})[0].cluster.id == vm.cluster.id
