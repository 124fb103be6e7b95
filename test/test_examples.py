# coding: utf-8
"""Every script of examples/ runs against the simulator and does what it says.

Each example is run in-process (``runpy``) with ``CLOUDTOWER_ENDPOINT`` /
``CLOUDTOWER_USERNAME`` / ``CLOUDTOWER_PASSWORD`` pointing at one simulator
shared by the module (tasks take no time, so ``wait_tasks`` returns on its
first poll); its effect is then read from the simulator's world, not from
the script's own answer.  ``quickstart.py`` is also run as a plain
subprocess without those variables, the way a newcomer runs it.

The second half shows that the seed document's mistakes fail with an SDK
error that names the fix, before any request is sent.
"""
from __future__ import absolute_import

import os
import runpy
import subprocess
import sys
import warnings

import pytest

from cloudtower_python_sdk import ApiClient, ApiValueError, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login, wait_tasks

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
GiB = 1024 ** 3

needs_simulator = pytest.mark.skipif(sys.version_info < (3, 6),
                                     reason="the examples run against the CloudTower simulator, which needs Python 3.6+")


def example_names():
    return sorted(f[:-3] for f in os.listdir(EXAMPLES) if f.endswith(".py") and not f.startswith("_"))


# -- running an example ------------------------------------------------------------------

@pytest.fixture(scope="module")
def sim():
    if sys.version_info < (3, 6):
        pytest.skip("the CloudTower simulator needs Python 3.6+")
    from cloudtower_python_sdk.simulator import Simulator
    simulator = Simulator(seed=0, vms=120, task_seconds=0).start()
    try:
        yield simulator
    finally:
        simulator.stop()


@pytest.fixture
def run(sim, monkeypatch, capsys):
    monkeypatch.setenv("CLOUDTOWER_ENDPOINT", sim.url)
    monkeypatch.setenv("CLOUDTOWER_USERNAME", "root")
    monkeypatch.setenv("CLOUDTOWER_PASSWORD", "root")
    monkeypatch.delenv("CLOUDTOWER_DELETE_EXAMPLE_VMS", raising=False)
    monkeypatch.syspath_prepend(EXAMPLES)

    def run_example(name):
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)  # the examples use no old names
            namespace = runpy.run_path(os.path.join(EXAMPLES, name + ".py"), run_name="__main__")
        namespace["output"] = capsys.readouterr().out
        return namespace
    return run_example


def vm_of(sim, vm_id):
    vm = sim.world.get("Vm", vm_id)
    assert vm is not None, "VM %s does not exist" % vm_id
    return vm


def disks_of(sim, vm_id):
    return [d for d in sim.world.all("VmDisk") if d["vm"] and d["vm"]["id"] == vm_id]


def nics_of(sim, vm_id):
    return sorted((n for n in sim.world.all("VmNic") if n["vm"] and n["vm"]["id"] == vm_id),
                  key=lambda n: (n["order"] or 0, n["id"]))


def task_status(sim, task_id):
    return sim.world.get("Task", task_id)["status"]


# -- the checks, one per example --------------------------------------------------------

CHECKS = {}


def check(*names):
    def register(fn):
        for name in names:
            CHECKS[name] = fn
        return fn
    return register


@check("client")
def _client(sim, g):
    assert g["client"].configuration.host == sim.url
    assert isinstance(g["vm_api"], VmApi)


@check("auth")
def _auth(sim, g):
    assert g["configuration"].api_key["Authorization"] == g["login_res"].data.token
    assert len(g["vms"]) == 1
    assert g["other_client"].configuration.api_key["Authorization"] == g["token"]


@check("get_resource")
def _get_resource(sim, g):
    assert [vm.id for vm in g["vms"]] == [g["vm_id"]]
    assert g["same_vms"][0].to_dict() == g["vms"][0].to_dict()
    assert g["vm"].name == vm_of(sim, g["vm_id"])["name"]


@check("update_resource")
def _update_resource(sim, g):
    assert vm_of(sim, g["stopped_vm_id"])["status"] == "RUNNING"


@check("content_language")
def _content_language(sim, g):
    assert [vm.id for vm in g["vms"]] == [g["vm_id"]]
    assert len(g["alerts"]) == 3
    assert "error 400" in g["output"]


@check("wait_tasks")
def _wait_tasks(sim, g):
    for vm_id in g["vm_ids"]:
        assert vm_of(sim, vm_id)["status"] == "RUNNING"
    assert g["failure"].status == 500
    for res in g["start_again"]:
        assert res.task_id in g["failure"].reason
        assert task_status(sim, res.task_id) == "FAILED"


@check("async_req")
def _async_req(sim, g):
    assert g["output"].strip() == vm_of(sim, g["vm_id"])["name"]


@check("close_client")
def _close_client(sim, g):
    lines = g["output"].splitlines()
    assert lines[0] == "%d VMs" % sim.world.count("Vm")
    assert lines[1] == "%d running" % len(sim.world.find("Vm", status="RUNNING"))


@check("get_vms_all")
def _get_vms_all(sim, g):
    assert sorted(vm.id for vm in g["vms"]) == sorted(vm["id"] for vm in sim.world.all("Vm"))


@check("get_vms_paginated")
def _get_vms_paginated(sim, g):
    every = [vm.id for vm in VmApi(sim.client).get_vms({})]
    assert [vm.id for vm in g["vms_from_51_to_100"]] == every[50:100]
    assert len(g["vms_from_51_to_100"]) == 50
    names = [vm.name for vm in g["all_vms"]]
    assert names == sorted(names) and sorted(vm.id for vm in g["all_vms"]) == sorted(every)


@check("get_vms_running")
def _get_vms_running(sim, g):
    assert sorted(vm.id for vm in g["running_vms"]) == sorted(vm["id"] for vm in sim.world.find("Vm", status="RUNNING"))


@check("get_vms_name_contains")
def _get_vms_name_contains(sim, g):
    world = sim.world.all("Vm")
    assert sorted(vm.id for vm in g["vms_name_contains"]) == sorted(vm["id"] for vm in world if "web" in vm["name"])
    expected = sorted(vm["id"] for vm in world if "alice" in vm["name"] or "alice" in (vm["description"] or ""))
    assert expected and sorted(vm.id for vm in g["vms_name_or_description_contains"]) == expected


@check("get_vms_vcpu_gt")
def _get_vms_vcpu_gt(sim, g):
    assert sorted(vm.id for vm in g["vms_has_4_more_vcpu"]) == sorted(vm["id"] for vm in sim.world.all("Vm")
                                                                      if vm["vcpu"] > 4)


@check("create_vm_from_template")
def _create_vm_from_template(sim, g):
    template = sim.world.get("VmTemplate", g["template_id"])
    (vm_id,) = g["vm_ids"]
    vm = vm_of(sim, vm_id)
    assert vm["name"] == "sdk-example-from-template" and vm["cluster"]["id"] == template["cluster"]["id"]
    assert vm["vcpu"] == template["vcpu"] and vm["memory"] == template["memory"]
    assert len(disks_of(sim, vm_id)) == len(template["vm_disks"])
    assert [v.id for v in g["created_vms"]] == [vm_id]


@check("create_vm_from_template_disks")
def _create_vm_from_template_disks(sim, g):
    (vm_id,) = g["vm_ids"]
    disks = dict((d["key"], d) for d in disks_of(sim, vm_id))
    template = sim.world.get("VmTemplate", g["template_id"])
    removed = template["vm_disks"][1]
    assert sorted(disks) == [0, 2, 3, 4]
    assert disks[0]["vm_volume"]["id"] == g["new_volume_id"]  # modify_disks
    assert disks[2]["type"] == "CD_ROM" and disks[2]["elf_image"]["id"] == g["elf_image_id"]  # mount_cd_roms
    assert disks[3]["vm_volume"]["id"] == g["vm_volume_id"] and disks[3]["bus"] == "VIRTIO"  # mount_disks
    new_volume = sim.world.get("VmVolume", disks[4]["vm_volume"]["id"])  # mount_new_create_disks
    assert new_volume["name"] == "sdk-example-new-disk" and new_volume["size"] == 4 * GiB
    assert new_volume["elf_storage_policy"] == "REPLICA_2_THIN_PROVISION" and disks[4]["bus"] == "IDE"
    assert removed["type"] == "CD_ROM" and len([d for d in disks.values() if d["type"] == "CD_ROM"]) == 1


@check("create_vm_from_template_nics")
def _create_vm_from_template_nics(sim, g):
    (vm_id,) = g["vm_ids"]
    (nic,) = nics_of(sim, vm_id)
    assert nic["vlan"]["id"] == g["alternative_vlan_id"] and nic["model"] == "E1000" and nic["enabled"]


def _blank_vm(sim, g, name):
    vm = vm_of(sim, g["with_task_vm"].data.id)
    assert vm["name"] == name and vm["cluster"]["id"] == g["cluster_id"]
    assert (vm["vcpu"], vm["cpu"], vm["memory"]) == (16, {"cores": 4, "sockets": 4}, 4 * GiB)
    assert vm["ha"] is True and vm["firmware"] == "BIOS" and vm["status"] == "STOPPED"
    assert g["created_vm"].id == vm["id"]
    nics = nics_of(sim, vm["id"])
    assert [n["vlan"]["id"] for n in nics] == [g["vlan_id"]]
    return vm, sorted(disks_of(sim, vm["id"]), key=lambda d: d["key"]), nics


@check("create_vm")
def _create_vm(sim, g):
    vm, disks, nics = _blank_vm(sim, g, "sdk-example-create-vm")
    assert [(d["type"], d["key"]) for d in disks] == [("DISK", 0), ("CD_ROM", 1)]
    assert disks[0]["vm_volume"]["id"] == g["vm_volume_id"] and disks[1]["elf_image"] is None


@check("create_vm_cd_rom_iso")
def _create_vm_cd_rom_iso(sim, g):
    vm, disks, nics = _blank_vm(sim, g, "sdk-example-cd-rom-iso")
    assert [(d["type"], d["elf_image"]["id"]) for d in disks] == [("CD_ROM", g["elf_image_id"])]


@check("create_vm_mount_volume")
def _create_vm_mount_volume(sim, g):
    vm, disks, nics = _blank_vm(sim, g, "sdk-example-mount-volume")
    assert [(d["type"], d["vm_volume"]["id"]) for d in disks] == [("DISK", g["vm_volume_id"])]
    assert sim.world.get("VmVolume", g["vm_volume_id"])["mounting"] is True


@check("create_vm_new_disk")
def _create_vm_new_disk(sim, g):
    vm, disks, nics = _blank_vm(sim, g, "sdk-example-new-disk")
    (disk,) = disks
    volume = sim.world.get("VmVolume", disk["vm_volume"]["id"])
    assert (volume["name"], volume["size"], volume["elf_storage_policy"]) == \
        ("sdk-example-new-volume", 10 * GiB, "REPLICA_2_THIN_PROVISION")


@check("create_vm_nics")
def _create_vm_nics(sim, g):
    vm, disks, nics = _blank_vm(sim, g, "sdk-example-nics")
    assert nics[0]["mirror"] is True and nics[0]["model"] == "VIRTIO"
    assert [d["type"] for d in disks] == ["DISK", "CD_ROM"]


@check("update_vm")
def _update_vm(sim, g):
    vm = vm_of(sim, g["vm_id"])
    assert (vm["name"], vm["description"], vm["ha"]) == ("sdk-example-updated", "edited by examples/update_vm.py", False)
    assert (vm["vcpu"], vm["cpu"], vm["memory"]) == (16, {"cores": 2, "sockets": 8}, 8 * GiB)


@check("add_vm_cd_rom")
def _add_vm_cd_rom(sim, g):
    cd_roms = [d for d in disks_of(sim, g["vm_id"]) if d["type"] == "CD_ROM"]
    assert g["elf_image_id"] in [d["elf_image"] and d["elf_image"]["id"] for d in cd_roms] and len(cd_roms) == 2


@check("remove_vm_cd_rom")
def _remove_vm_cd_rom(sim, g):
    assert len(g["cd_roms"]) == 1
    assert [d for d in disks_of(sim, g["vm_id"]) if d["type"] == "CD_ROM"] == []
    assert [d["type"] for d in disks_of(sim, g["vm_id"])] == ["DISK"]


@check("add_vm_disk_new_volume")
def _add_vm_disk_new_volume(sim, g):
    volumes = [sim.world.get("VmVolume", d["vm_volume"]["id"]) for d in disks_of(sim, g["vm_id"]) if d["type"] == "DISK"]
    added = [v for v in volumes if v["name"] == "sdk-example-added-volume"]
    assert len(volumes) == 2 and len(added) == 1 and added[0]["size"] == 40 * GiB and added[0]["mounting"]


@check("add_vm_disk_mount_volume")
def _add_vm_disk_mount_volume(sim, g):
    volume_ids = [d["vm_volume"]["id"] for d in disks_of(sim, g["vm_id"]) if d["type"] == "DISK"]
    assert g["vm_volume_id"] in volume_ids and len(volume_ids) == 2
    assert sim.world.get("VmVolume", g["vm_volume_id"])["mounting"] is True


@check("remove_vm_disk")
def _remove_vm_disk(sim, g):
    assert len(g["disks"]) == 1
    assert [d["type"] for d in disks_of(sim, g["vm_id"])] == ["CD_ROM"]
    volume = sim.world.get("VmVolume", g["disks"][0].vm_volume.id)
    assert volume is not None and volume["mounting"] is False  # unmounted, not deleted


@check("add_vm_nic")
def _add_vm_nic(sim, g):
    nics = nics_of(sim, g["vm_id"])
    assert len(nics) == 3
    assert (nics[1]["vlan"]["id"], nics[1]["ip_address"], nics[1]["mirror"]) == (g["target_vlan_id"], "192.168.0.201", False)
    assert (nics[2]["vlan"]["id"], nics[2]["ip_address"], nics[2]["mirror"]) == (g["target_vlan_id2"], "192.168.100.201", True)
    assert nics[2]["gateway"] == "192.168.100.1" and nics[2]["subnet_mask"] == "255.255.255.0"


@check("update_vm_nic")
def _update_vm_nic(sim, g):
    nic = nics_of(sim, g["vm_id"])[0]
    assert (nic["enabled"], nic["mirror"], nic["mac_address"], nic["ip_address"]) == \
        (False, False, "52:54:00:5d:4b:01", "192.168.0.202")


@check("remove_vm_nic")
def _remove_vm_nic(sim, g):
    assert nics_of(sim, g["vm_id"]) == [] and task_status(sim, g["with_task_vm"].task_id) == "SUCCESSED"


@check("migrate_vm_to_host")
def _migrate_vm_to_host(sim, g):
    vm = vm_of(sim, g["vm_id"])
    assert vm["host"]["id"] == g["target_host_id"] != g["vm"].host.id and vm["status"] == "RUNNING"


@check("migrate_vm_auto")
def _migrate_vm_auto(sim, g):
    vm = vm_of(sim, g["vm_id"])
    assert vm["host"] is not None and vm["host"]["id"] != g["vm"].host.id and vm["status"] == "RUNNING"


POWER = {"start_vm": "RUNNING", "start_vm_on_host": "RUNNING", "shut_down_vm": "STOPPED", "poweroff_vm": "STOPPED",
         "restart_vm": "RUNNING", "force_restart_vm": "RUNNING", "suspend_vm": "SUSPENDED", "resume_vm": "RUNNING"}


def _power_single(sim, g, name):
    vm = vm_of(sim, g["vm_id"])
    assert task_status(sim, g["with_task_vm"].task_id) == "SUCCESSED"
    assert vm["status"] == POWER[name]
    if POWER[name] != "STOPPED":
        assert vm["host"] is not None
    if name == "start_vm_on_host":
        assert vm["host"]["id"] == g["host_id"]


def _power_batch(sim, g, name):
    for task_id in g["tasks"]:
        assert task_status(sim, task_id) == "SUCCESSED"
    for vm_id in (g["vm_id_1"], g["vm_id_2"]):
        assert vm_of(sim, vm_id)["status"] == POWER[name]
    assert len(g["with_task_vms"]) == 2


for _name in POWER:
    CHECKS[_name] = (lambda name: lambda sim, g: _power_single(sim, g, name))(_name)
    if _name != "start_vm_on_host":
        CHECKS[_name + "s"] = (lambda name: lambda sim, g: _power_batch(sim, g, name))(_name)


@check("move_vms_to_recycle_bin")
def _move_vms_to_recycle_bin(sim, g):
    for vm_id in (g["vm_id_1"], g["vm_id_2"]):
        vm = vm_of(sim, vm_id)
        assert vm["in_recycle_bin"] is True and vm["deleted_at"]


@check("recover_vms_from_recycle_bin")
def _recover_vms_from_recycle_bin(sim, g):
    for vm_id in (g["vm_id_1"], g["vm_id_2"]):
        assert vm_of(sim, vm_id)["in_recycle_bin"] is False
    assert all(task_status(sim, t) == "SUCCESSED" for t in g["tasks"])


@check("delete_vms")
def _delete_vms(sim, g):
    assert len(g["vm_ids"]) == 2
    for vm_id in g["vm_ids"]:
        assert sim.world.get("Vm", vm_id) is None


@check("vm_backup")
def _vm_backup(sim, g):
    snapshot = g["backup"]["vm_snapshot"]
    stored = sim.world.get("VmSnapshot", snapshot.id)
    assert stored["vm"]["id"] == g["vm_id"] and stored["name"] == g["vm_name"] + "-snapshot"
    # VMTools does not run in a VM just created from a template: the script falls back to crash-consistent
    assert stored["consistent_type"] == "CRASH_CONSISTENT"
    disk_ids = [d["snapshot_local_id"] for d in stored["vm_disks"] if d["type"] == "DISK"]
    assert len(disk_ids) == len([d for d in disks_of(sim, g["vm_id"]) if d["type"] == "DISK"]) == 1
    luns = [s for s in sim.world.all("IscsiLunSnapshot") if s["local_id"] in disk_ids]
    assert sorted(s["id"] for s in luns) == sorted(s.id for s in g["backup"]["lun_snapshots"]) and luns
    # With VMTools running, the file-system-consistent snapshot is kept.
    tools_vm = sim.world.first("Vm", vm_tools_status="RUNNING", in_recycle_bin=False)
    backup = g["create_vm_snapshot"](sim.client, tools_vm["name"], "fs-snapshot", "FILE_SYSTEM_CONSISTENT")
    assert sim.world.get("VmSnapshot", backup["vm_snapshot"].id)["consistent_type"] == "FILE_SYSTEM_CONSISTENT"
    assert len(backup["lun_snapshots"]) == len([d for d in disks_of(sim, tools_vm["id"]) if d["type"] == "DISK"])


@check("dashboard")
def _dashboard(sim, g):
    for kwargs in ({}, {"cluster_id": sim.world.first("Cluster", name="elf-cluster-1")["id"]},
                   {"datacenter_id": sim.world.all("Datacenter")[1]["id"]}):
        dashboard = g["build_dashboard"](sim.client, **kwargs)
        dashboard["alerts"] = dict((k, sorted(a.id for a in v)) for k, v in dashboard["alerts"].items())
        assert dashboard == expected_dashboard(sim, g, **kwargs)
    assert "alerts: " in g["output"] and "== cluster " in g["output"]


def expected_dashboard(sim, g, cluster_id=None, datacenter_id=None):
    """The dashboard computed from the world's records, independently of the script's queries."""
    import datetime
    import time
    fmt, byte_units, hz_units = g["format_unit"], g["byte_units"], g["hz_units"]
    world = sim.world
    clusters = world.all("Cluster")
    if cluster_id:
        clusters = [c for c in clusters if c["id"] == cluster_id]
    elif datacenter_id:
        clusters = [c for c in clusters if datacenter_id in [d["id"] for d in c["datacenters"]]]
    ids = set(c["id"] for c in clusters)
    by_id = dict((c["id"], c) for c in clusters)
    hosts = [h for h in world.all("Host") if h["cluster"]["id"] in ids]
    host_ids = set(h["id"] for h in hosts)
    out = {}

    alerts = [a for a in world.all("Alert") if not a["ended"] and a["cluster"] and a["cluster"]["id"] in ids]
    out["alerts"] = dict((k, sorted(a["id"] for a in alerts if a["severity"] == k.upper()))
                         for k in ("critical", "notice", "info"))

    disks = {"ssd": {}, "hdd": {}, "pmem": {}}
    kinds = {"SSD": "ssd", "NVMe_SSD": "ssd", "SATA_OR_SAS_SSD": "ssd", "HDD": "hdd", "PMem": "pmem"}
    for d in world.all("Disk"):
        if d["host"]["id"] not in host_ids:
            continue
        counts = disks[kinds[d["type"]]]
        if d["health_status"] in ("UNHEALTHY", "SUBHEALTHY", "SMART_FAILED"):
            state = "error"
        elif d["usage_status"] in ("UNMOUNTED", "PARTIAL_MOUNTED"):
            state = "warning"
        else:
            state = "healthy"
        counts[state] = counts.get(state, 0) + 1
        counts["total"] = counts.get("total", 0) + 1
    out["disks"] = dict((k, dict((s, v.get(s, 0)) for s in ("healthy", "warning", "error", "total")))
                        for k, v in disks.items())

    hosts_info = dict((k, 0) for k in ("healthy", "error", "idle", "unhealthy", "removing", "unknown"))
    for h in hosts:
        if h["state"] in ("IDLE", "REMOVING"):
            hosts_info[h["state"].lower()] += 1
        else:
            hosts_info[{"CONNECTED_HEALTHY": "healthy", "CONNECTED_WARNING": "unhealthy", "CONNECTED_ERROR": "error",
                        "SESSION_EXPIRED": "error"}.get(h["status"], "unknown")] += 1
    out["hosts"] = hosts_info

    hci = [c for c in clusters if c["type"] == "SMTX_OS"]
    total_hz = sum(c["total_cpu_hz"] or 0 for c in hci)
    used_hz = sum(c["used_cpu_hz"] or 0 for c in hci)
    elf_hosts = [h for h in hosts if by_id[h["cluster"]["id"]]["hypervisor"] == "ELF"]
    vmware = [c for c in hci if c["hypervisor"] == "VMWARE"]
    total_mem = sum(h["total_memory_bytes"] or 0 for h in elf_hosts) + sum(c["total_memory_bytes"] or 0 for c in vmware)
    used_mem = sum((h["running_pause_vm_memory_bytes"] or 0) + (h["os_memory_bytes"] or 0) for h in elf_hosts) + \
        sum(c["used_memory_bytes"] or 0 for c in vmware)
    if any(c["type"] != "SMTX_ZBS" for c in clusters):
        out["cpu"] = {"total_cpu_cores": sum(c["total_cpu_cores"] or 0 for c in hci),
                      "total_cpu_hz": fmt(total_hz, hz_units, 1000), "used_cpu_hz": fmt(used_hz, hz_units, 1000),
                      "cpu_usage": "%.2f%%" % (100.0 * used_hz / total_hz)}
        out["memory"] = {"total_memory": fmt(total_mem, byte_units), "used_memory": fmt(used_mem, byte_units),
                         "memory_usage": "%.2f%%" % (100.0 * used_mem / total_mem)}
    total = sum(c["total_data_capacity"] or 0 for c in clusters)
    used = sum(c["used_data_space"] or 0 for c in clusters)
    invalid = sum(c["failure_data_space"] or 0 for c in clusters)
    out["storage"] = {"total": fmt(total, byte_units), "used": fmt(used, byte_units),
                      "invalid": fmt(invalid, byte_units), "available": fmt(total - used - invalid, byte_units)}

    def count(cs):
        return {"count": len(cs), "abnormal": len([c for c in cs if c["connect_state"] in ("DISCONNECTED", "REMOVING")])}
    out["clusters"] = {
        "HCI_cluster": {"SMTX_VM_service": count([c for c in hci if c["hypervisor"] == "ELF"]),
                        "SMTX_HCI_for_vSphere": count(vmware)},
        "distributed_storage_cluster": {"SMTX_ZBS": count([c for c in clusters if c["type"] == "SMTX_ZBS"])}}
    out["data_recovery"] = [{"cluster": c["name"], "recover_data_size": fmt(c["recover_data_size"], byte_units),
                             "speed": fmt(c["recover_speed"], byte_units) + "/s"}
                            for c in clusters if c["recover_data_size"]]

    retain_global = world.all("GlobalSettings")[0]["vm_recycle_bin"]["retain"]
    retain = dict((s["cluster"]["id"], s["vm_recycle_bin"]["retain"]) for s in world.all("ClusterSettings")
                  if s["vm_recycle_bin"])
    binned = [v for v in world.all("Vm") if v["in_recycle_bin"] and v["cluster"]["id"] in ids]
    assert binned or datacenter_id, "the seeded world has VMs in the recycle bin"
    now = datetime.datetime(*time.gmtime()[:6])
    today = week = 0
    for v in binned:
        left = retain.get(v["cluster"]["id"], retain_global) - (
            now - datetime.datetime.strptime(v["deleted_at"], "%Y-%m-%dT%H:%M:%S.%fZ")).days
        if left <= 1:
            today += v["size"] or 0
        elif left <= 7:
            week += v["size"] or 0
    out["recycle_bin_info"] = {"count": len(binned), "size": fmt(sum(v["size"] or 0 for v in binned), byte_units),
                               "size_release_today": fmt(today, byte_units),
                               "size_release_in_7_days": fmt(week, byte_units)}
    if cluster_id:
        c = by_id[cluster_id]
        out["cluster_info"] = {"version": c["version"], "uuid": c["id"], "license_type": c["license_type"],
                               "license_expire_date": c["license_expire_date"][:10] if c["license_expire_date"]
                               else "Perpetual", "software": c["software_edition"],
                               "cpu_architecture": c["architecture"],
                               "mode": ["Boost"] + (["RDMA"] if c["rdma_enabled"] else []) +
                                       (["PMEM"] if c["pmem_enabled"] else [])}
    return out


@check("quickstart")
def _quickstart(sim, g):
    vm = vm_of(sim, g["vm_id"])
    assert vm["name"] == "sdk-example-quickstart" and vm["status"] == "RUNNING"
    out = g["output"]
    assert "NAME" in out and "SUCCESSED [####################] 100%" in out
    assert out.rstrip().splitlines()[-1].split()[:2] == ["sdk-example-quickstart", "RUNNING"]


@check("sdk_errors")
def _sdk_errors(sim, g):
    out = g["output"]
    assert "did you mean 'enabled'?" in out and "result[0].vm_tools_status" in out
    assert "use VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION" in out and "use VmApi.migrate_vm" in out


@check("timeouts_and_retries")
def _timeouts_and_retries(sim, g):
    assert g["output"].strip() == "3 VMs"
    assert (g["configuration"].connect_timeout, g["configuration"].read_timeout) == (5, 30)


# -- the tests ---------------------------------------------------------------------------

def test_every_example_has_a_check():
    assert sorted(CHECKS) == example_names()


@needs_simulator
@pytest.mark.parametrize("name", example_names())
def test_example(name, run, sim):
    g = run(name)
    CHECKS[name](sim, g)


@check("simulator_script")
def _simulator_script(sim, g):
    # The script ran its own simulator (a different world object): its output shows the effect.
    lines = g["output"].splitlines()
    assert lines[0].startswith("simulator at http://127.0.0.1:")
    assert len(lines) == 3 and all(line.split()[-1] == "STOPPED" for line in lines[1:])


def _pytest_plugin_installed():
    """Is the SDK installed with its pytest11 entry point (as `pip install -e .` does)?"""
    try:
        from importlib.metadata import entry_points
        eps = entry_points()
        group = eps.select(group="pytest11") if hasattr(eps, "select") else eps.get("pytest11", [])
    except ImportError:  # Python < 3.8
        import pkg_resources
        group = pkg_resources.iter_entry_points("pytest11")
    return any(ep.name == "cloudtower_simulator" for ep in group)


@check("test_with_simulator")
def _test_with_simulator(sim, g):
    if not _pytest_plugin_installed():
        pytest.skip("the SDK is not installed, so pytest has no cloudtower fixtures (pip install -e .)")
    proc = subprocess.Popen([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             os.path.join(EXAMPLES, "test_with_simulator.py")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.communicate(timeout=120)[0].decode("utf-8")
    assert proc.returncode == 0 and "1 passed" in out, out


@needs_simulator
def test_quickstart_as_a_newcomer_runs_it():
    """No CLOUDTOWER_* variables: the script starts the embedded simulator itself."""
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith("CLOUDTOWER_"))
    env["PYTHONPATH"] = os.pathsep.join([ROOT] + [p for p in [env.get("PYTHONPATH")] if p])
    proc = subprocess.Popen([sys.executable, os.path.join(EXAMPLES, "quickstart.py")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.communicate(timeout=120)[0].decode("utf-8")
    assert proc.returncode == 0, out
    assert "using the embedded simulator" in out
    assert "EXECUTING" in out and "SUCCESSED" in out
    assert out.rstrip().splitlines()[-1].split()[:2] == ["sdk-example-quickstart", "RUNNING"]


@needs_simulator
def test_dashboard_helpers(run):
    g = run("dashboard")
    assert g["format_unit"](1536, g["byte_units"]) == "1.50KiB"
    assert g["format_unit"](3, g["byte_units"]) == "3.00B"  # Python 2: no integer division
    assert g["format_unit"](2100000000, g["hz_units"], 1000) == "2.10GHz"
    assert g["format_ratio"](1, 4) == "25.00%" and g["format_ratio"](0, 0) == "0.00%"
    assert g["major_version"]("5.1.2") == 5 and g["major_version"]("10.0.0") == 10
    assert g["convert_iso_date"]("2024-01-02T03:04:05.678Z").isoformat() == "2024-01-02T03:04:05.678000"


# -- the seed's mistakes fail with an error that names the fix -------------------------------

@pytest.fixture
def offline_client():
    """A client whose host refuses connections: an error here was raised before sending anything."""
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    client = ApiClient(Configuration(host="http://127.0.0.1:%d/v2/api" % port))
    client.configuration.api_key["Authorization"] = "token"
    yield client
    client.close()


def test_seed_enable_instead_of_enabled(offline_client):
    with pytest.raises(ApiValueError) as e:
        VmApi(offline_client).update_vm_nic({
            "where": {"id": "vm_id"},
            "data": {"nic_index": 0, "enable": False, "mirror": False},
        })
    assert "Unknown field 'data.enable' of update_vm_nic()" in str(e.value)
    assert "did you mean 'enabled'?" in str(e.value)


def test_seed_mout_disks(offline_client):
    with pytest.raises(ApiValueError) as e:
        VmApi(offline_client).create_vm_from_template([{
            "template_id": "template_id", "name": "vm_name", "is_full_copy": False,
            "disk_operate": {"new_disks": {"mout_disks": [{"index": 1, "bus": "VIRTIO", "boot": 1,
                                                            "vm_volume_id": "vm_volume_id"}]}},
        }])
    assert "'[0].disk_operate.new_disks.mout_disks'" in str(e.value)
    assert "did you mean 'mount_disks'?" in str(e.value)


def test_seed_wait_tasks_given_the_results_not_their_task_ids(offline_client):
    from cloudtower_python_sdk.models import WithTaskVm
    with pytest.raises(ApiValueError) as e:
        wait_tasks([WithTaskVm(task_id="t1", data={"id": "v1"})], offline_client)
    assert "pass with_task.task_id" in str(e.value)


def same_file(a, b):
    return os.path.splitext(os.path.abspath(a))[0] == os.path.splitext(os.path.abspath(b))[0]


def _deprecations(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = action()
    return value, [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_seed_storage_policy_old_name():
    from cloudtower_python_sdk.models import VmVolumeElfStoragePolicyType
    value, caught = _deprecations(lambda: VmVolumeElfStoragePolicyType._2_THIN_PROVISION)
    assert value == VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION == "REPLICA_2_THIN_PROVISION"
    assert [str(w.message) for w in caught] == [
        "VmVolumeElfStoragePolicyType._2_THIN_PROVISION is deprecated; use "
        "VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION"]
    assert same_file(caught[0].filename, __file__)  # reported at the line that uses the old name


def test_seed_storage_policy_typo():
    """``VmVolumeElfStoragePolicyTyp_2_THIN_PROVISION`` (seed, "新增虚拟盘"): the module suggests the class."""
    import cloudtower_python_sdk.models as models
    with pytest.raises(AttributeError) as e:
        getattr(models, "VmVolumeElfStoragePolicyTyp_2_THIN_PROVISION")
    assert "did you mean 'VmVolumeElfStoragePolicyType'?" in str(e.value)


@pytest.mark.parametrize("old,new", [("mig_rate_vm", "migrate_vm"), ("force_shut_down_vm", "poweroff_vm")])
def test_seed_old_method_names(offline_client, old, new):
    vm_api = VmApi(offline_client)
    method, caught = _deprecations(lambda: getattr(vm_api, old))
    assert method.__name__ == new
    assert [str(w.message) for w in caught] == ["VmApi.%s is deprecated; use VmApi.%s" % (old, new)]
    assert same_file(caught[0].filename, __file__)


def test_seed_old_model_name():
    import cloudtower_python_sdk.models as models
    cls, caught = _deprecations(lambda: models.VmCreateVmFromTemplateParamsDiskOperateModifyDisks)
    assert cls is models.DiskOperateModifyDisk
    assert caught and all("use DiskOperateModifyDisk" in str(w.message) for w in caught)


def test_seed_old_model_name_warning_points_at_the_caller():
    import cloudtower_python_sdk.models as models
    cls, caught = _deprecations(lambda: models.VmCreateVmFromTemplateParamsDiskOperateModifyDisks)
    assert len(caught) == 1 and same_file(caught[0].filename, __file__)


def test_seed_missing_configuration_import():
    """Several seed examples use ``Configuration`` without importing it; both import paths work."""
    from cloudtower_python_sdk.configuration import Configuration as FromModule
    assert FromModule is Configuration


@needs_simulator
def test_seed_list_results_read_as_one_item(sim):
    """``vm.vm_tools_status`` on get_vms' list, ``.task_id`` / ``.data.id`` on a list of WithTask results."""
    vm_api = VmApi(sim.client)
    vms = vm_api.get_vms({"where": {"name": sim.world.all("Vm")[0]["name"]}, "first": 1})
    with pytest.raises(AttributeError) as e:
        vms.vm_tools_status
    assert str(e.value) == ("'list' object has no attribute 'vm_tools_status': this is a list of 1 Vm; read it from "
                            "one item, e.g. result[0].vm_tools_status, or from each: "
                            "[item.vm_tools_status for item in result]")
    template = sim.world.first("VmTemplate")
    with_task_vms = vm_api.create_vm_from_template([{"template_id": template["id"], "name": "seed-list-mistake",
                                                     "is_full_copy": False}])
    for attribute in ("task_id", "data"):
        with pytest.raises(AttributeError) as e:
            getattr(with_task_vms, attribute)
        assert str(e.value) == ("'list' object has no attribute '%s': this is a list of 1 WithTaskVm; read it from one "
                                "item, e.g. result[0].%s, or from each: [item.%s for item in result]"
                                % (attribute, attribute, attribute))
    wait_tasks([w.task_id for w in with_task_vms], sim.client, interval=0.05)


@needs_simulator
def test_seed_dashboard_mistakes(run):
    g = run("dashboard")
    client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
    login(client, "root", "root")
    alerts = g["build_alerts"](client, [c.id for c in g["ClusterApi"](client).get_clusters({})])
    assert isinstance(alerts, dict) and sorted(alerts) == ["critical", "info", "notice"]  # seed: a 1-tuple
    dashboard = g["build_dashboard"](client)
    assert sorted(dashboard["hosts"]) == ["error", "healthy", "idle", "removing", "unhealthy", "unknown"]  # seed: storage
    with pytest.raises(TypeError):
        "5.1.2"[0] >= 5  # the seed's version check, on Python 3
    client.close()
