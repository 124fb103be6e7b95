# coding: utf-8
"""Content library templates and imports/exports through the SDK: VMs and templates from OVF uploads, VMs from
templates (with disk_operate), exports of volumes and templates."""
import pytest

from cloudtower_python_sdk import (ApiException, ContentLibraryVmTemplateApi, OvfApi, TaskApi, VlanApi, VmApi,
                                   VmDiskApi, VmVolumeApi)

from sim_helpers import task_states

pytestmark = pytest.mark.usefixtures("shape_checked")  # every answer has its schema's shape

GiB = 1024 ** 3
PARSED = {"name": "web", "description": "A web server", "vcpu": 4, "cpu": {"cores": 2, "sockets": 2},
          "memory": 4 * GiB, "firmware": "BIOS", "nics": [{"mac": "00:50:56:aa:bb:cc"}],
          "disks": [{"name": "disk1", "bus": "SCSI", "size": 40 * GiB, "type": "DISK"},
                    {"name": "disk2", "bus": "SCSI", "size": 10 * GiB, "type": "DISK"},
                    {"name": "cd1", "bus": "IDE", "size": 0, "type": "CD_ROM"}]}


def elf(sim, name="elf-cluster-1"):
    return sim.world.find("Cluster", name=name)[0]["id"]


def uploaded(sim, cluster_id, name="disk1.vmdk", finished=True):
    """The id of an UploadTask of a VMDK (finished, or with pieces still to come)."""
    size = {} if finished else {"size": "100"}
    return OvfApi(sim.client).upload_elf_file(file=(name, b"x" * 10), cluster_id=cluster_id, name=name, **size).id


def vlan(sim, cluster_id, name="vlan-100"):
    return VlanApi(sim.client).get_vlans({"where": {"name": name, "vds": {"cluster": {"id": cluster_id}}}})[0].id


def disks_of(client, vm_id):
    return VmDiskApi(client).get_vm_disks({"where": {"vm": {"id": vm_id}}, "orderBy": "key_ASC"})


def test_import_vm_makes_the_ovf_disks_as_disk_operate_says(fresh):
    c = fresh.client
    cluster_id = elf(fresh)
    host = [h for h in fresh.world.all("Host") if h["cluster"]["id"] == cluster_id
            and h["status"] == "CONNECTED_HEALTHY" and h["state"] == "IN_USE"][0]
    answer = VmApi(c).import_vm([{
        "name": "imported", "cluster_id": cluster_id, "upload_tasks": [uploaded(fresh, cluster_id)],
        "parsed_ovf": PARSED, "memory": 2, "memory_unit": "GB", "status": "RUNNING", "host_id": host["id"],
        "max_iops": 500, "max_iops_policy": "DYNAMIC",
        "vm_nics": [{"connect_vlan_id": vlan(fresh, cluster_id), "model": "VIRTIO"}],
        "disk_operate": {"modify_vmdk_disks": [{"vmdk_name": "disk2", "volume_name": "data", "bus": "VIRTIO",
                                                "elf_storage_policy": "REPLICA_3_THIN_PROVISION"}],
                         "modify_cd_roms": [{"index": 0, "removed": True}]}}])
    assert task_states(c, answer) == ["SUCCESSED"]
    vm = VmApi(c).get_vms({"where": {"id": answer[0].data.id}})[0]
    assert (vm.memory, vm.vcpu, vm.status, vm.host.id, vm.max_iops) == (2 * GiB, 4, "RUNNING", host["id"], 500)
    assert vm.size == 50 * GiB and len(vm.vm_nics) == 1
    disks = disks_of(c, vm.id)
    assert [(d.type, d.bus) for d in disks] == [("DISK", "SCSI"), ("DISK", "VIRTIO")]  # the CD-ROM removed
    data = VmVolumeApi(c).get_vm_volumes({"where": {"id": disks[1].vm_volume.id}})[0]
    assert (data.name, data.size, data.elf_storage_policy) == ("data", 10 * GiB, "REPLICA_3_THIN_PROVISION")


@pytest.mark.parametrize("change, field", [
    ({"upload_tasks": ["unfinished"]}, "[0].upload_tasks[0]"),
    ({"upload_tasks": ["other-cluster"]}, "[0].upload_tasks[0]"),
    ({"cluster_id": "vmware"}, "[0].cluster_id"),
    ({"host_id": "other-cluster"}, "[0].host_id"),
    ({"vm_nics": [{"connect_vlan_id": "other-cluster"}]}, "[0].vm_nics[0].connect_vlan_id"),
    ({"disk_operate": {"modify_vmdk_disks": [{"vmdk_name": "disk9"}]}},
     "[0].disk_operate.modify_vmdk_disks[0].vmdk_name"),
    ({"disk_operate": {"modify_cd_roms": [{"index": 1}]}}, "[0].disk_operate.modify_cd_roms[0].index"),
    ({"vcpu": 3}, "vcpu"),
])
def test_import_vm_refuses_bad_references(sim, change, field):
    fresh = sim  # a refused import changes nothing
    cluster_id, other = elf(fresh), elf(fresh, "elf-cluster-2")
    if change.get("upload_tasks"):
        on_other = change["upload_tasks"] == ["other-cluster"]
        change["upload_tasks"] = [uploaded(fresh, other if on_other else cluster_id, finished=on_other)]
    if change.get("cluster_id"):
        change["cluster_id"] = [x["id"] for x in fresh.world.all("Cluster") if x["hypervisor"] == "VMWARE"][0]
    if change.get("host_id"):
        change["host_id"] = [h for h in fresh.world.all("Host") if h["cluster"]["id"] == other][0]["id"]
    if change.get("vm_nics"):
        change["vm_nics"][0]["connect_vlan_id"] = vlan(fresh, other)
    body = dict({"name": "x", "cluster_id": cluster_id, "upload_tasks": [], "parsed_ovf": PARSED}, **change)
    with pytest.raises(ApiException) as e:
        VmApi(fresh.client).import_vm([body])
    assert e.value.status == 400 and field in e.value.message
    assert VmApi(fresh.client).get_vms({"where": {"name": "x"}}) == []


def test_import_and_export_a_volume(fresh):
    from cloudtower_python_sdk import VmExportFileApi
    c = fresh.client
    cluster_id = elf(fresh)
    answer = VmVolumeApi(c).import_vm_volume([{"name": "restored", "cluster_id": cluster_id,
                                               "upload_task_id": uploaded(fresh, cluster_id, "vol.qcow2"),
                                               "storage_policy": "REPLICA_3_THIN_PROVISION"}])
    assert task_states(c, answer) == ["SUCCESSED"]
    vol = VmVolumeApi(c).get_vm_volumes({"where": {"id": answer[0].data.id}})[0]
    assert (vol.name, vol.size, vol.elf_storage_policy, vol.cluster.id) == (
        "restored", 10, "REPLICA_3_THIN_PROVISION", cluster_id)
    export = VmVolumeApi(c).export_vm_volume({"where": {"id": vol.id}, "data": {"type": "QCOW2"}})
    assert task_states(c, export) == ["SUCCESSED"]
    stored = VmExportFileApi(c).get_vm_export_files({"where": {"id": export[0].data.id}})[0]
    assert stored.vm_volume.id == vol.id and [(f.file_name, f.file_size) for f in stored.files] == [
        ("restored.qcow2", 10)]
    links = OvfApi(c).get_export_file_download_links({"where": {"id": stored.id}})
    assert [link.filename for link in links] == ["restored.qcow2"]
    with pytest.raises(ApiException) as e:
        VmVolumeApi(c).import_vm_volume([{"name": "y", "cluster_id": cluster_id,
                                          "storage_policy": "REPLICA_2_THIN_PROVISION",
                                          "upload_task_id": uploaded(fresh, cluster_id, "y.raw", finished=False)}])
    assert e.value.status == 400 and "(" + "[0].upload_task_id)" in e.value.message
    for where in ({"id": "nope"}, {}):  # a where-unique names one export: an empty one is no choice of the first
        with pytest.raises(ApiException) as e:
            OvfApi(c).get_export_file_download_links({"where": where})
        assert e.value.status == 400 and "(where)" in e.value.message


def library_template(sim, **change):
    """A content library template imported from PARSED on elf-cluster-1, as ``change`` modifies the params."""
    c = sim.client
    cluster_id = elf(sim)
    params = dict({"name": "golden", "cluster_id": cluster_id, "upload_tasks": [uploaded(sim, cluster_id)],
                   "parsed_ovf": PARSED, "vm_nics": [{"model": "E1000"}]}, **change)
    answer = ContentLibraryVmTemplateApi(c).import_content_library_vm_template([params])
    assert task_states(c, answer) == ["SUCCESSED"]
    return ContentLibraryVmTemplateApi(c).get_content_library_vm_templates({"where": {"id": answer[0].data.id}})[0]


def test_import_a_library_template_as_disk_operate_says(fresh):
    tpl = library_template(fresh, memory=2, memory_unit="GB", disk_operate={
        "modify_vmdk_disks": [{"vmdk_name": "disk1", "elf_storage_policy": "REPLICA_3_THICK_PROVISION",
                               "bus": "VIRTIO"}],
        "modify_cd_roms": [{"index": 0, "removed": True}], "mount_new_cd_roms": [{"boot": 5}]})
    assert (tpl.memory, tpl.vcpu, tpl.size, tpl.description) == (2 * GiB, 4, 50 * GiB, "A web server")
    assert [(d.type, d.bus, d.storage_policy) for d in tpl.vm_disks] == [
        ("DISK", "VIRTIO", "REPLICA_3_THICK_PROVISION"), ("DISK", "SCSI", "REPLICA_2_THIN_PROVISION"),
        ("CD_ROM", "IDE", None)]
    assert [(n.model, n.enabled) for n in tpl.vm_nics] == [("E1000", True)]
    assert [cl.id for cl in tpl.clusters] == [elf(fresh)]


def test_vms_from_a_library_template_follow_disk_operate(fresh):
    c = fresh.client
    tpl = library_template(fresh)
    cluster_id = elf(fresh)
    answer = VmApi(c).create_vm_from_content_library_template([{
        "template_id": tpl.id, "cluster_id": cluster_id, "name": "one", "is_full_copy": True,
        "disk_operate": {"remove_disks": {"disk_index": [1]}, "new_disks": {"mount_new_create_disks": [{
            "bus": "VIRTIO", "boot": 3, "vm_volume": {"name": "extra", "size": 1, "size_unit": "GB",
                                                      "elf_storage_policy": "REPLICA_2_THIN_PROVISION"}}]}}}])
    assert task_states(c, answer) == ["SUCCESSED"]
    vm = VmApi(c).get_vms({"where": {"id": answer[0].data.id}})[0]
    assert vm.size == 41 * GiB and vm.memory == 4 * GiB and len(vm.vm_nics) == 1
    assert sorted(d.type for d in disks_of(c, vm.id)) == ["CD_ROM", "DISK", "DISK"]

    batch = VmApi(c).create_vm_from_content_library_template_batch({"template_id": tpl.id, "vms": [
        {"cluster_id": cluster_id, "name": "b1", "is_full_copy": True, "status": "RUNNING"},
        {"cluster_id": cluster_id, "name": "b2", "is_full_copy": True, "cpu_cores": 1, "cpu_sockets": 1,
         "disk_operate": {"remove_disks": {"disk_index": [0]}}}]})
    assert task_states(c, batch) == ["SUCCESSED"]
    made = dict((v.name, v) for v in VmApi(c).get_vms({"where": {"name_in": ["b1", "b2"]}}))
    assert (made["b1"].status, made["b1"].size, made["b1"].vcpu) == ("RUNNING", 50 * GiB, 4)
    assert (made["b2"].status, made["b2"].size, made["b2"].vcpu) == ("STOPPED", 10 * GiB, 1)


@pytest.mark.parametrize("batch, vm_change, field", [
    (False, {"cluster_id": "elf-cluster-2"}, "[0].cluster_id"),
    (True, {"cluster_id": "elf-cluster-2"}, "vms[0].cluster_id"),
    (False, {"disk_operate": {"remove_disks": {"disk_index": [7]}}}, "[0].disk_operate.remove_disks"),
    (True, {"disk_operate": {"modify_disks": [{"disk_index": 9}]}}, "vms[0].disk_operate.modify_disks[0]"),
])
def test_vms_from_a_library_template_refuse_bad_params(sim, batch, vm_change, field):
    fresh = sim  # a refused creation changes nothing
    tpl = library_template(fresh)
    if vm_change.get("cluster_id"):
        vm_change["cluster_id"] = elf(fresh, vm_change["cluster_id"])  # the template is not distributed there
    p = dict({"cluster_id": elf(fresh), "name": "x", "is_full_copy": True}, **vm_change)
    with pytest.raises(ApiException) as e:
        if batch:
            VmApi(fresh.client).create_vm_from_content_library_template_batch({"template_id": tpl.id, "vms": [p]})
        else:
            VmApi(fresh.client).create_vm_from_content_library_template([dict(p, template_id=tpl.id)])
    assert e.value.status == 400 and field in e.value.message


def test_convert_a_vm_to_a_library_template_and_export_it(fresh):
    from cloudtower_python_sdk import VmExportFileApi
    c = fresh.client
    api = ContentLibraryVmTemplateApi(c)
    clusters = {"id": elf(fresh)}
    running = VmApi(c).get_vms({"where": {"status": "RUNNING", "cluster": clusters}, "first": 1})[0]
    failed = api.convert_content_library_vm_template_from_vm([{"vm": {"id": running.id}, "name": "t0",
                                                               "clusters": clusters}])
    task = TaskApi(c).get_tasks({"where": {"id": failed[0].task_id}})[0]
    assert (task.status, task.error_code) == ("FAILED", "EVmStatusInvalid")
    stopped = VmApi(c).get_vms({"where": {"status": "STOPPED", "cluster": clusters, "in_recycle_bin": False,
                                          "vm_disks_some": {"type": "DISK"}}, "first": 1})[0]
    answer = api.convert_content_library_vm_template_from_vm([{"vm": {"id": stopped.id}, "name": "t1",
                                                               "clusters": clusters}])
    assert task_states(c, answer) == ["SUCCESSED"]
    assert VmApi(c).get_vms({"where": {"id": stopped.id}}) == []
    tpl = api.get_content_library_vm_templates({"where": {"name": "t1"}})[0]
    assert (tpl.memory, tpl.vcpu, len(tpl.vm_disks)) == (stopped.memory, stopped.vcpu, len(stopped.vm_disks))
    export = api.export_content_library_vm_template({"where": {"id": tpl.id}})
    assert task_states(c, export) == ["SUCCESSED"]
    files = VmExportFileApi(c).get_vm_export_files({"where": {"id": export[0].data.id}})[0].files
    n_disks = len([d for d in tpl.vm_disks if d.type == "DISK"])
    assert [f.type for f in files] == ["OVF"] + ["VMDK"] * n_disks and files[0].file_name == "t1.ovf"
    for where, field in (({"vm": {"id": "nope"}, "clusters": clusters}, "[0].vm"),
                         ({"vm": {"id": running.id}, "clusters": {"name": "nope"}}, "[0].clusters"),
                         ({"vm": {"id": running.id}, "clusters": {}}, "[0].clusters")):  # VMware's too: not ELF
        with pytest.raises(ApiException) as e:
            api.clone_content_library_vm_template_from_vm([dict(where, name="t2")])
        assert e.value.status == 400 and field in e.value.message
