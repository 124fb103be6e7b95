# coding: utf-8
"""The parts of examples/ that test_readme.py does not reach, and the 1.9.0 usage guide's mistakes.

test_readme.py runs every README block (the examples without their
docstrings) as pasted and checks its effect, and the quick-start as a
newcomer runs it.  Here:

* the functions of ``dashboard.py`` and ``vm_backup.py``, called in-process:
  every number of the dashboard against the simulator's world, and the
  file-system-consistent snapshot of a VM whose VMTools runs;
* the 1.9.0 usage guide's mistakes fail with an SDK error that names the fix,
  before any request is sent.
"""
from __future__ import absolute_import

import os
import subprocess
import sys
import warnings

import pytest

from cloudtower_python_sdk import ApiClient, ApiValueError, Configuration
from cloudtower_python_sdk.api import VmApi
from cloudtower_python_sdk.utils import login, wait_tasks

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")

needs_simulator = pytest.mark.skipif(
    sys.version_info < (3, 6), reason="the examples run against the CloudTower simulator, which needs Python 3.6+")


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


def functions_of(name):
    """The functions an example defines, without running its ``__main__`` part.

    (Not ``runpy.run_path``: on Python 2 it clears the module's globals when it returns, under the functions.)
    """
    path = os.path.join(EXAMPLES, name + ".py")
    namespace = {"__name__": "example_" + name, "__file__": path}
    with open(path, "rb") as f:
        exec(compile(f.read(), path, "exec"), namespace)
    return namespace


def disks_of(sim, vm_id):
    return [d for d in sim.world.all("VmDisk") if d["vm"] and d["vm"]["id"] == vm_id]


# -- quickstart.py -----------------------------------------------------------------------------

@needs_simulator
def test_quickstart_against_a_tower(sim):
    """With the three variables set, the script uses that CloudTower and starts no simulator of its own."""
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith("CLOUDTOWER_"))
    env.update(CLOUDTOWER_ENDPOINT=sim.url, CLOUDTOWER_USERNAME="root", CLOUDTOWER_PASSWORD="root",
               PYTHONPATH=os.pathsep.join([ROOT] + [p for p in [env.get("PYTHONPATH")] if p]))
    proc = subprocess.Popen([sys.executable, os.path.join(EXAMPLES, "quickstart.py")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.communicate(timeout=120)[0].decode("utf-8")
    assert proc.returncode == 0 and "embedded simulator" not in out, out
    (vm,) = sim.world.find("Vm", name="sdk-example-quickstart")
    assert vm["status"] == "RUNNING"
    assert "VMs (first 10 of %d):" % (sim.world.count("Vm") - 1) in out
    assert out.count("  SUCCESSED  ") == 2  # the creation, then the start
    assert out.rstrip().splitlines()[-1].split()[:2] == ["sdk-example-quickstart", "RUNNING"]


# -- dashboard.py and vm_backup.py, in-process ----------------------------------------------------

@needs_simulator
def test_dashboard_matches_the_world(sim):
    g = functions_of("dashboard")
    for kwargs in ({}, {"cluster_id": sim.world.first("Cluster", name="elf-cluster-1")["id"]},
                   {"datacenter_id": sim.world.all("Datacenter")[1]["id"]}):
        dashboard = g["build_dashboard"](sim.client, **kwargs)
        dashboard["alerts"] = dict((k, sorted(a.id for a in v)) for k, v in dashboard["alerts"].items())
        assert dashboard == expected_dashboard(sim, g, **kwargs)


def test_dashboard_helpers():
    g = functions_of("dashboard")
    assert g["format_unit"](1536, g["byte_units"]) == "1.50KiB"
    assert g["format_unit"](3, g["byte_units"]) == "3.00B"  # Python 2: no integer division
    assert g["format_unit"](2100000000, g["hz_units"], 1000) == "2.10GHz"
    assert g["format_ratio"](1, 4) == "25.00%" and g["format_ratio"](0, 0) == "0.00%"
    assert g["major_version"]("5.1.2") == 5 and g["major_version"]("10.0.0") == 10
    assert g["convert_iso_date"]("2024-01-02T03:04:05.678Z").isoformat() == "2024-01-02T03:04:05.678000"


@needs_simulator
def test_vm_backup_keeps_file_system_consistency_when_vmtools_runs(sim):
    create_vm_snapshot = functions_of("vm_backup")["create_vm_snapshot"]
    tools_vm = sim.world.first("Vm", vm_tools_status="RUNNING", in_recycle_bin=False)
    backup = create_vm_snapshot(sim.client, tools_vm["name"], "fs-snapshot", "FILE_SYSTEM_CONSISTENT")
    assert sim.world.get("VmSnapshot", backup["vm_snapshot"].id)["consistent_type"] == "FILE_SYSTEM_CONSISTENT"
    assert len(backup["lun_snapshots"]) == len([d for d in disks_of(sim, tools_vm["id"]) if d["type"] == "DISK"])


def expected_dashboard(sim, g, cluster_id=None, datacenter_id=None):
    """The dashboard computed from the world's records, independently of the script's queries."""
    fmt, byte_units = g["format_unit"], g["byte_units"]
    world = sim.world
    clusters = world.all("Cluster")
    if cluster_id:
        clusters = [c for c in clusters if c["id"] == cluster_id]
    elif datacenter_id:
        clusters = [c for c in clusters if datacenter_id in [d["id"] for d in c["datacenters"]]]
    ids = set(c["id"] for c in clusters)
    hosts = [h for h in world.all("Host") if h["cluster"]["id"] in ids]
    out = {}

    alerts = [a for a in world.all("Alert") if not a["ended"] and a["cluster"] and a["cluster"]["id"] in ids]
    out["alerts"] = dict((k, sorted(a["id"] for a in alerts if a["severity"] == k.upper()))
                         for k in ("critical", "notice", "info"))
    out["disks"] = expected_disks(world, set(h["id"] for h in hosts))
    out["hosts"] = expected_hosts(hosts)
    out.update(expected_usage(g, clusters, hosts))
    out["clusters"] = expected_cluster_counts(clusters)
    out["data_recovery"] = [{"cluster": c["name"], "recover_data_size": fmt(c["recover_data_size"], byte_units),
                             "speed": fmt(c["recover_speed"], byte_units) + "/s"}
                            for c in clusters if c["recover_data_size"]]
    out["recycle_bin_info"] = expected_recycle_bin(g, world, ids, datacenter_id)
    if cluster_id:
        c = world.get("Cluster", cluster_id)
        out["cluster_info"] = {"version": c["version"], "uuid": c["id"], "license_type": c["license_type"],
                               "license_expire_date": c["license_expire_date"][:10] if c["license_expire_date"]
                               else "Perpetual", "software": c["software_edition"],
                               "cpu_architecture": c["architecture"],
                               "mode": ["Boost"] + (["RDMA"] if c["rdma_enabled"] else []) +
                                       (["PMEM"] if c["pmem_enabled"] else [])}
    return out


def expected_disks(world, host_ids):
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
    return dict((k, dict((s, v.get(s, 0)) for s in ("healthy", "warning", "error", "total")))
                for k, v in disks.items())


def expected_hosts(hosts):
    hosts_info = dict((k, 0) for k in ("healthy", "error", "idle", "unhealthy", "removing", "unknown"))
    for h in hosts:
        if h["state"] in ("IDLE", "REMOVING"):
            hosts_info[h["state"].lower()] += 1
        else:
            hosts_info[{"CONNECTED_HEALTHY": "healthy", "CONNECTED_WARNING": "unhealthy", "CONNECTED_ERROR": "error",
                        "SESSION_EXPIRED": "error"}.get(h["status"], "unknown")] += 1
    return hosts_info


def expected_usage(g, clusters, hosts):
    """``cpu`` and ``memory`` (unless every cluster is SMTX ZBS) and ``storage``."""
    fmt, byte_units, hz_units = g["format_unit"], g["byte_units"], g["hz_units"]
    by_id = dict((c["id"], c) for c in clusters)
    hci = [c for c in clusters if c["type"] == "SMTX_OS"]
    total_hz = sum(c["total_cpu_hz"] or 0 for c in hci)
    used_hz = sum(c["used_cpu_hz"] or 0 for c in hci)
    elf_hosts = [h for h in hosts if by_id[h["cluster"]["id"]]["hypervisor"] == "ELF"]
    vmware = [c for c in hci if c["hypervisor"] == "VMWARE"]
    total_mem = sum(h["total_memory_bytes"] or 0 for h in elf_hosts) + sum(c["total_memory_bytes"] or 0 for c in vmware)
    used_mem = sum((h["running_pause_vm_memory_bytes"] or 0) + (h["os_memory_bytes"] or 0) for h in elf_hosts) + \
        sum(c["used_memory_bytes"] or 0 for c in vmware)
    out = {}
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
    return out


def expected_cluster_counts(clusters):
    def count(cs):
        abnormal = [c for c in cs if c["connect_state"] in ("DISCONNECTED", "REMOVING")]
        return {"count": len(cs), "abnormal": len(abnormal)}
    hci = [c for c in clusters if c["type"] == "SMTX_OS"]
    return {
        "HCI_cluster": {"SMTX_VM_service": count([c for c in hci if c["hypervisor"] == "ELF"]),
                        "SMTX_HCI_for_vSphere": count([c for c in hci if c["hypervisor"] == "VMWARE"])},
        "distributed_storage_cluster": {"SMTX_ZBS": count([c for c in clusters if c["type"] == "SMTX_ZBS"])}}


def expected_recycle_bin(g, world, cluster_ids, datacenter_id):
    import datetime
    import time
    fmt, byte_units = g["format_unit"], g["byte_units"]
    retain_global = world.all("GlobalSettings")[0]["vm_recycle_bin"]["retain"]
    retain = dict((s["cluster"]["id"], s["vm_recycle_bin"]["retain"]) for s in world.all("ClusterSettings")
                  if s["vm_recycle_bin"])
    binned = [v for v in world.all("Vm") if v["in_recycle_bin"] and v["cluster"]["id"] in cluster_ids]
    assert binned or datacenter_id, "the world of seed 0 has VMs in the recycle bin"
    now = datetime.datetime(*time.gmtime()[:6])
    today = week = 0
    for v in binned:
        left = retain.get(v["cluster"]["id"], retain_global) - (
            now - datetime.datetime.strptime(v["deleted_at"], "%Y-%m-%dT%H:%M:%S.%fZ")).days
        if left <= 1:
            today += v["size"] or 0
        elif left <= 7:
            week += v["size"] or 0
    return {"count": len(binned), "size": fmt(sum(v["size"] or 0 for v in binned), byte_units),
            "size_release_today": fmt(today, byte_units), "size_release_in_7_days": fmt(week, byte_units)}


# -- the 1.9.0 usage guide's mistakes fail with an error that names the fix -----------------------

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


def test_guide_enable_instead_of_enabled(offline_client):
    with pytest.raises(ApiValueError) as e:
        VmApi(offline_client).update_vm_nic({
            "where": {"id": "vm_id"},
            "data": {"nic_index": 0, "enable": False, "mirror": False},
        })
    assert "Unknown field 'data.enable' of update_vm_nic()" in str(e.value)
    assert "did you mean 'enabled'?" in str(e.value)


def test_guide_mout_disks(offline_client):
    with pytest.raises(ApiValueError) as e:
        VmApi(offline_client).create_vm_from_template([{
            "template_id": "template_id", "name": "vm_name", "is_full_copy": False,
            "disk_operate": {"new_disks": {"mout_disks": [{"index": 1, "bus": "VIRTIO", "boot": 1,
                                                            "vm_volume_id": "vm_volume_id"}]}},
        }])
    assert "'[0].disk_operate.new_disks.mout_disks'" in str(e.value)
    assert "did you mean 'mount_disks'?" in str(e.value)


def test_guide_wait_tasks_given_the_results_not_their_task_ids(offline_client):
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


def test_guide_storage_policy_old_name():
    from cloudtower_python_sdk.models import VmVolumeElfStoragePolicyType
    value, caught = _deprecations(lambda: VmVolumeElfStoragePolicyType._2_THIN_PROVISION)
    assert value == VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION == "REPLICA_2_THIN_PROVISION"
    assert [str(w.message) for w in caught] == [
        "VmVolumeElfStoragePolicyType._2_THIN_PROVISION is deprecated; use "
        "VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION"]
    assert same_file(caught[0].filename, __file__)  # reported at the line that uses the old name


def test_guide_storage_policy_typo():
    """``VmVolumeElfStoragePolicyTyp_2_THIN_PROVISION`` (the guide's "新增虚拟盘"): the module suggests the class."""
    import cloudtower_python_sdk.models as models
    with pytest.raises(AttributeError) as e:
        models.VmVolumeElfStoragePolicyTyp_2_THIN_PROVISION
    assert "did you mean 'VmVolumeElfStoragePolicyType'?" in str(e.value)


@pytest.mark.parametrize("old,new", [("mig_rate_vm", "migrate_vm"), ("force_shut_down_vm", "poweroff_vm")])
def test_guide_old_method_names(offline_client, old, new):
    vm_api = VmApi(offline_client)
    method, caught = _deprecations(lambda: getattr(vm_api, old))
    assert method.__name__ == new
    assert [str(w.message) for w in caught] == ["VmApi.%s is deprecated; use VmApi.%s" % (old, new)]
    assert same_file(caught[0].filename, __file__)


def test_guide_old_model_name():
    import cloudtower_python_sdk.models as models
    cls, caught = _deprecations(lambda: models.VmCreateVmFromTemplateParamsDiskOperateModifyDisks)
    assert cls is models.DiskOperateModifyDisk
    assert caught and all("use DiskOperateModifyDisk" in str(w.message) for w in caught)


def test_guide_old_model_name_warning_points_at_the_caller():
    import cloudtower_python_sdk.models as models
    cls, caught = _deprecations(lambda: models.VmCreateVmFromTemplateParamsDiskOperateModifyDisks)
    assert len(caught) == 1 and same_file(caught[0].filename, __file__)


def test_guide_missing_configuration_import():
    """Several of the guide's examples use ``Configuration`` without importing it; both import paths work."""
    from cloudtower_python_sdk.configuration import Configuration as FromModule
    assert FromModule is Configuration


@needs_simulator
def test_guide_list_results_read_as_one_item(sim):
    """``vm.vm_tools_status`` on get_vms' list, ``.task_id`` / ``.data.id`` on a list of WithTask results."""
    vm_api = VmApi(sim.client)
    vms = vm_api.get_vms({"where": {"name": sim.world.all("Vm")[0]["name"]}, "first": 1})
    with pytest.raises(AttributeError) as e:
        vms.vm_tools_status
    assert str(e.value) == ("'list' object has no attribute 'vm_tools_status': this is a list of 1 Vm; read it from "
                            "one item, e.g. result[0].vm_tools_status, or from each: "
                            "[item.vm_tools_status for item in result]")
    template = sim.world.first("VmTemplate")
    with_task_vms = vm_api.create_vm_from_template([{"template_id": template["id"], "name": "guide-list-mistake",
                                                     "is_full_copy": False}])
    for attribute in ("task_id", "data"):
        with pytest.raises(AttributeError) as e:
            getattr(with_task_vms, attribute)
        assert str(e.value) == ("'list' object has no attribute '%s': this is a list of 1 WithTaskVm; read it from one "
                                "item, e.g. result[0].%s, or from each: [item.%s for item in result]"
                                % (attribute, attribute, attribute))
    wait_tasks([w.task_id for w in with_task_vms], sim.client, interval=0.05)


@needs_simulator
def test_guide_dashboard_mistakes(sim):
    g = functions_of("dashboard")
    client = ApiClient(Configuration(host=sim.url))
    login(client, "root", "root")
    alerts = g["build_alerts"](client, [c.id for c in g["ClusterApi"](client).get_clusters({})])
    assert isinstance(alerts, dict) and sorted(alerts) == ["critical", "info", "notice"]  # the guide: a 1-tuple
    dashboard = g["build_dashboard"](client)
    # the guide set result["hosts"] to the storage figures
    assert sorted(dashboard["hosts"]) == ["error", "healthy", "idle", "removing", "unhealthy", "unknown"]
    with pytest.raises(TypeError):
        "5.1.2"[0] >= 5  # the guide's version check, on Python 3
    client.close()
