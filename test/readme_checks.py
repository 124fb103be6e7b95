# coding: utf-8
"""The checks of the README blocks, one per block name (see test/test_readme.py for the convention).

A check gets a ``Run`` of test_readme.py and asserts the block's effect in
the simulator's world: ``run.new("Vm", name=...)`` are the records the
block created, ``run.out`` what it printed.
"""
from __future__ import absolute_import

import importlib
import io
import os
import re
import runpy
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "examples")
GiB = 1024 ** 3

CHECKS = {}


def check(*names):
    def register(fn):
        for name in names:
            assert name not in CHECKS, name
            CHECKS[name] = fn
        return fn
    return register


def first_template(world):
    return world.all("VmTemplate")[0]


def disks_of(world, vm_id):
    return sorted((d for d in world.all("VmDisk") if d["vm"] and d["vm"]["id"] == vm_id), key=lambda d: d["key"])


def nics_of(world, vm_id):
    return sorted((n for n in world.all("VmNic") if n["vm"] and n["vm"]["id"] == vm_id),
                  key=lambda n: (n["order"] or 0, n["id"]))


def all_succeeded(run):
    tasks = run.new("Task")
    assert tasks and all(t["status"] == "SUCCESSED" for t in tasks), [(t["description"], t["status"]) for t in tasks]


@check("client")
def _client(run):
    assert run.out.strip() == "client for %s, VmApi ready" % run.sim.url


@check("auth")
def _auth(run):
    m = re.match(r"logged in as root, token (\S{8})\.\.\., sees 1 VM$", run.out.strip())
    assert m, run.out


@check("get_resource", "en_query")
def _get_resource(run):
    first = sorted(run.world.all("Vm"), key=lambda vm: vm["name"])[0]
    assert run.out.splitlines()[0] == "%s: %s, %d vCPU, %s" % (first["id"], first["name"], first["vcpu"],
                                                             first["status"])
    assert run.out.splitlines()[1] == "same VM both ways: True"


@check("update_resource")
def _update_resource(run):
    vm = run.one("Vm", name="sdk-example-update")
    assert vm["status"] == "RUNNING" and run.out.splitlines()[-1] == "sdk-example-update is now RUNNING"
    all_succeeded(run)


@check("content_language")
def _content_language(run):
    alerts = [a for a in run.world.all("Alert") if not a["ended"]][:3]
    lines = run.out.splitlines()
    assert lines[:-1] == ["[%s] %s" % (a["severity"], a["message"]) for a in alerts] and len(alerts) == 3
    assert lines[-1].startswith("error 400: ")


@check("wait_tasks")
def _wait_tasks(run):
    vms = run.new("Vm")
    assert sorted(vm["name"] for vm in vms) == ["sdk-example-wait-1", "sdk-example-wait-2"]
    assert all(vm["status"] == "RUNNING" for vm in vms)
    failed = [t for t in run.new("Task") if t["status"] == "FAILED"]
    lines = run.out.splitlines()
    assert len(failed) == 2 and lines[0] == "both VMs are running" and lines[1].startswith("as expected: 500 ")
    assert all(t["id"] in lines[1] for t in failed)


@check("async_req")
def _async_req(run):
    assert run.out.strip() == sorted(vm["name"] for vm in run.world.all("Vm"))[0]


@check("close_client")
def _close_client(run):
    assert run.out.splitlines() == ["%d VMs" % run.world.count("Vm"),
                                    "%d running" % len(run.world.find("Vm", status="RUNNING"))]


@check("get_vms_all")
def _get_vms_all(run):
    lines = run.out.splitlines()
    assert lines[0] == "%d VMs" % run.world.count("Vm") and len(lines) == 6


@check("get_vms_paginated")
def _get_vms_paginated(run):
    assert run.out.strip() == "VMs 51-100: 50; all pages: %d" % run.world.count("Vm")


@check("get_vms_running")
def _get_vms_running(run):
    assert run.out.startswith("%d running: " % len(run.world.find("Vm", status="RUNNING")))


@check("get_vms_name_contains")
def _get_vms_name_contains(run):
    vms = run.world.all("Vm")
    web = len([vm for vm in vms if "web" in vm["name"]])
    alice = len([vm for vm in vms if "alice" in vm["name"] or "alice" in (vm["description"] or "")])
    assert alice
    assert run.out.strip() == "name contains 'web': %d; name or description contains 'alice': %d" % (web, alice)


@check("get_vms_vcpu_gt")
def _get_vms_vcpu_gt(run):
    assert run.out.strip() == "%d VMs with more than 4 vCPU" % len([vm for vm in run.world.all("Vm") if vm["vcpu"] > 4])


@check("create_vm_from_template")
def _create_vm_from_template(run):
    template = first_template(run.world)
    vm = run.one("Vm", name="sdk-example-from-template")
    assert vm["cluster"]["id"] == template["cluster"]["id"]
    assert (vm["vcpu"], vm["memory"]) == (template["vcpu"], template["memory"])
    assert len(disks_of(run.world, vm["id"])) == len(template["vm_disks"])
    assert run.out.strip() == "created sdk-example-from-template (%s)" % vm["status"]


@check("create_vm_from_template_disks")
def _create_vm_from_template_disks(run):
    vm = run.one("Vm", name="sdk-example-template-disks")
    template = first_template(run.world)
    disks = dict((d["key"], d) for d in disks_of(run.world, vm["id"]))
    volumes = dict((v["name"], v) for v in run.new("VmVolume"))
    image = run.world.first("ElfImage", cluster={"id": template["cluster"]["id"], "name": template["cluster"]["name"]})
    assert sorted(disks) == [0, 2, 3, 4] and template["vm_disks"][1]["type"] == "CD_ROM"  # remove_disks
    assert disks[0]["vm_volume"]["id"] == volumes["sdk-example-replace-disk-0"]["id"]  # modify_disks
    assert disks[2]["type"] == "CD_ROM" and disks[2]["elf_image"]["id"] == image["id"]  # mount_cd_roms
    assert disks[3]["vm_volume"]["id"] == volumes["sdk-example-extra-disk"]["id"] and disks[3]["bus"] == "VIRTIO"
    new_volume = volumes["sdk-example-new-disk"]  # mount_new_create_disks
    assert disks[4]["vm_volume"]["id"] == new_volume["id"] and disks[4]["bus"] == "IDE"
    assert new_volume["size"] == 4 * GiB and new_volume["elf_storage_policy"] == "REPLICA_2_THIN_PROVISION"


@check("create_vm_from_template_nics")
def _create_vm_from_template_nics(run):
    vm = run.one("Vm", name="sdk-example-template-nics")
    cluster_id = first_template(run.world)["cluster"]["id"]
    vlans = [v for v in run.world.find("Vlan", type="VM")
             if run.world.get("Vds", v["vds"]["id"])["cluster"]["id"] == cluster_id]
    (nic,) = nics_of(run.world, vm["id"])
    assert nic["vlan"]["id"] == vlans[1]["id"] and nic["model"] == "E1000" and nic["enabled"]


def _blank_vm(run, name):
    vm = run.one("Vm", name=name)
    cluster = run.world.find("Cluster", hypervisor="ELF", connect_state="CONNECTED")[0]
    assert vm["cluster"]["id"] == cluster["id"]
    assert (vm["vcpu"], vm["cpu"], vm["memory"]) == (16, {"cores": 4, "sockets": 4}, 4 * GiB)
    assert vm["ha"] is True and vm["firmware"] == "BIOS" and vm["status"] == "STOPPED"
    (nic,) = nics_of(run.world, vm["id"])
    assert run.world.get("Vlan", nic["vlan"]["id"])["type"] == "VM"
    disks = disks_of(run.world, vm["id"])
    assert run.out.strip() == "created %s: 16 vCPU, %d disks/CD-ROMs, 1 NIC" % (name, len(disks))
    return vm, disks, nic


def volume_of(run, disk):
    return run.world.get("VmVolume", disk["vm_volume"]["id"])


@check("create_vm")
def _create_vm(run):
    vm, disks, nic = _blank_vm(run, "sdk-example-create-vm")
    assert [(d["type"], d["key"]) for d in disks] == [("DISK", 0), ("CD_ROM", 1)] and disks[1]["elf_image"] is None
    assert volume_of(run, disks[0])["name"] == "sdk-example-create-vm-disk"


@check("create_vm_cd_rom_iso")
def _create_vm_cd_rom_iso(run):
    vm, disks, nic = _blank_vm(run, "sdk-example-cd-rom-iso")
    assert [d["type"] for d in disks] == ["CD_ROM"] and run.world.get("ElfImage", disks[0]["elf_image"]["id"])


@check("create_vm_mount_volume")
def _create_vm_mount_volume(run):
    vm, disks, nic = _blank_vm(run, "sdk-example-mount-volume")
    volume = volume_of(run, disks[0])
    assert [d["type"] for d in disks] == ["DISK"] and volume["name"] == "sdk-example-mount-volume-disk"
    assert volume["mounting"] is True


@check("create_vm_new_disk")
def _create_vm_new_disk(run):
    vm, disks, nic = _blank_vm(run, "sdk-example-new-disk")
    (disk,) = disks
    volume = volume_of(run, disk)
    assert (volume["name"], volume["size"], volume["elf_storage_policy"]) == \
        ("sdk-example-new-volume", 10 * GiB, "REPLICA_2_THIN_PROVISION")


@check("create_vm_nics")
def _create_vm_nics(run):
    vm, disks, nic = _blank_vm(run, "sdk-example-nics")
    assert nic["mirror"] is True and nic["model"] == "VIRTIO" and [d["type"] for d in disks] == ["DISK", "CD_ROM"]


@check("update_vm")
def _update_vm(run):
    vm = run.one("Vm", name="sdk-example-updated")
    assert (vm["description"], vm["ha"]) == ("edited by examples/update_vm.py", False)
    assert (vm["vcpu"], vm["cpu"], vm["memory"]) == (16, {"cores": 2, "sockets": 8}, 8 * GiB)
    assert run.out.strip() == "sdk-example-updated: 16 vCPU (8 x 2), 8 GiB, ha=False"


@check("add_vm_cd_rom")
def _add_vm_cd_rom(run):
    vm = run.one("Vm", name="sdk-example-add-cd-rom")
    cd_roms = [d for d in disks_of(run.world, vm["id"]) if d["type"] == "CD_ROM"]
    assert len(cd_roms) == 2 and cd_roms[-1]["key"] == 2 and cd_roms[-1]["elf_image"]


@check("remove_vm_cd_rom")
def _remove_vm_cd_rom(run):
    vm = run.one("Vm", name="sdk-example-remove-cd-rom")
    assert [d["type"] for d in disks_of(run.world, vm["id"])] == ["DISK"]
    assert run.out.strip() == "removed 1 CD-ROM from sdk-example-remove-cd-rom"


@check("add_vm_disk_new_volume")
def _add_vm_disk_new_volume(run):
    vm = run.one("Vm", name="sdk-example-add-disk")
    volumes = [volume_of(run, d) for d in disks_of(run.world, vm["id"]) if d["type"] == "DISK"]
    added = [v for v in volumes if v["name"] == "sdk-example-added-volume"]
    assert len(volumes) == 2 and len(added) == 1 and added[0]["size"] == 40 * GiB and added[0]["mounting"]


@check("add_vm_disk_mount_volume")
def _add_vm_disk_mount_volume(run):
    vm = run.one("Vm", name="sdk-example-mount-disk")
    volume = run.one("VmVolume", name="sdk-example-volume-to-mount")
    volume_ids = [d["vm_volume"]["id"] for d in disks_of(run.world, vm["id"]) if d["type"] == "DISK"]
    assert volume["id"] in volume_ids and len(volume_ids) == 2 and volume["mounting"] is True


@check("remove_vm_disk")
def _remove_vm_disk(run):
    vm = run.one("Vm", name="sdk-example-remove-disk")
    assert [d["type"] for d in disks_of(run.world, vm["id"])] == ["CD_ROM"]
    assert [v["mounting"] for v in run.new("VmVolume")] == [False]  # unmounted, not deleted
    assert run.out.strip() == "unmounted 1 disk from sdk-example-remove-disk"


@check("add_vm_nic")
def _add_vm_nic(run):
    vm = run.one("Vm", name="sdk-example-add-nic")
    nics = nics_of(run.world, vm["id"])
    assert len(nics) == 3 and nics[1]["vlan"]["id"] != nics[2]["vlan"]["id"]
    assert (nics[1]["ip_address"], nics[1]["mirror"]) == ("192.168.0.201", False)
    assert (nics[2]["ip_address"], nics[2]["mirror"], nics[2]["gateway"]) == ("192.168.100.201", True, "192.168.100.1")


@check("update_vm_nic")
def _update_vm_nic(run):
    vm = run.one("Vm", name="sdk-example-update-nic")
    nic = nics_of(run.world, vm["id"])[0]
    assert (nic["enabled"], nic["mirror"], nic["mac_address"], nic["ip_address"]) == \
        (False, False, "52:54:00:5d:4b:01", "192.168.0.202")


@check("remove_vm_nic")
def _remove_vm_nic(run):
    vm = run.one("Vm", name="sdk-example-remove-nic")
    assert nics_of(run.world, vm["id"]) == [] and run.out.strip() == "sdk-example-remove-nic has 0 NICs left"
    all_succeeded(run)


@check("migrate_vm_to_host", "migrate_vm_auto")
def _migrate(run):
    (vm,) = run.new("Vm")
    m = re.match(r"(sdk-example-migrate(?:-auto)?) moved from (\S+) to (\S+)$", run.out.strip())
    assert m and m.group(1) == vm["name"] and vm["status"] == "RUNNING"
    assert m.group(2) != m.group(3) == vm["host"]["name"]


POWER = {"start_vm": "RUNNING", "shut_down_vm": "STOPPED", "poweroff_vm": "STOPPED", "restart_vm": "RUNNING",
         "force_restart_vm": "RUNNING", "suspend_vm": "SUSPENDED", "resume_vm": "RUNNING"}


def _power(run, method, count):
    name = "sdk-example-" + method[:-3].replace("_", "-") + ("s" if count == 2 else "")
    vms = run.new("Vm")
    assert sorted(vm["name"] for vm in vms) == ([name] if count == 1 else [name + "-1", name + "-2"])
    assert all(vm["status"] == POWER[method] for vm in vms)
    assert all(vm["host"] is not None for vm in vms) or POWER[method] == "STOPPED"
    all_succeeded(run)
    return vms


for _method in POWER:
    check(_method)((lambda method: lambda run: _power(run, method, 1))(_method))
    check(_method + "s")((lambda method: lambda run: _power(run, method, 2))(_method))


@check("start_vm_on_host")
def _start_vm_on_host(run):
    (vm,) = run.new("Vm", name="sdk-example-start-on-host")
    host = run.world.find("Host", status="CONNECTED_HEALTHY", cluster=first_template(run.world)["cluster"])[0]
    assert vm["status"] == "RUNNING" and vm["host"]["id"] == host["id"]


@check("move_vms_to_recycle_bin")
def _move_vms_to_recycle_bin(run):
    vms = run.new("Vm")
    assert sorted(vm["name"] for vm in vms) == ["sdk-example-recycle-1", "sdk-example-recycle-2"]
    assert all(vm["in_recycle_bin"] is True and vm["deleted_at"] for vm in vms)


@check("recover_vms_from_recycle_bin")
def _recover_vms_from_recycle_bin(run):
    vms = run.new("Vm")
    assert sorted(vm["name"] for vm in vms) == ["sdk-example-recover-1", "sdk-example-recover-2"]
    assert all(vm["in_recycle_bin"] is False for vm in vms)
    all_succeeded(run)


@check("delete_vms")
def _delete_vms(run):
    assert run.new("Vm") == [] and run.world.count("Vm") == run.count_before("Vm")  # two created, two deleted
    assert len([t for t in run.new("Task") if t["status"] == "SUCCESSED"]) == 4
    assert run.out.strip() == "deleted 2 VMs; 0 of them still found"


@check("vm_backup")
def _vm_backup(run):
    vm = run.one("Vm", name="sdk-example-backup")
    snapshot = run.one("VmSnapshot")
    assert snapshot["vm"]["id"] == vm["id"] and snapshot["name"] == "sdk-example-backup-snapshot"
    # VMTools does not run in a VM just created from a template: the script falls back to crash-consistent
    assert snapshot["consistent_type"] == "CRASH_CONSISTENT"
    local_ids = [d["snapshot_local_id"] for d in snapshot["vm_disks"] if d["type"] == "DISK"]
    luns = [s for s in run.world.all("IscsiLunSnapshot") if s["local_id"] in local_ids]
    assert len(luns) == len([d for d in disks_of(run.world, vm["id"]) if d["type"] == "DISK"]) == 1
    assert run.out.splitlines() == ["snapshot sdk-example-backup-snapshot (CRASH_CONSISTENT) of sdk-example-backup"] + \
        ["  LUN snapshot %s" % s["name"] for s in luns]


@check("dashboard")
def _dashboard(run):
    # test_examples.py checks build_dashboard() number by number against the world; here, that the
    # pasted block prints what it computes for the world as it is.
    script = runpy.run_path(os.path.join(EXAMPLES, "dashboard.py"), run_name="dashboard")
    first = run.world.all("Cluster")[0]
    expected = ["== all clusters"] + _printed(script, script["build_dashboard"](run.sim.client)) + \
        ["== cluster %s" % first["name"]] + \
        _printed(script, script["build_dashboard"](run.sim.client, cluster_id=first["id"]))
    assert run.out.splitlines() == expected


def _printed(script, dashboard):
    """What print_dashboard() prints (stdout is borrowed briefly: nothing else prints meanwhile)."""
    import contextlib
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        script["print_dashboard"](dashboard)
    return out.getvalue().splitlines()


@check("sdk_errors", "en_mistakes")
def _sdk_errors(run):
    out = run.out
    assert "Unknown field 'data.enable' of update_vm_nic()" in out and "did you mean 'enabled'?" in out
    assert "result[0].vm_tools_status" in out
    assert "use VmVolumeElfStoragePolicyType.REPLICA_2_THIN_PROVISION" in out and "use VmApi.migrate_vm" in out


@check("simulator_script", "en_simulator")
def _simulator_script(run):
    # The block ran its own simulator (another world): its output shows the effect.
    lines = run.out.splitlines()
    assert re.match(r"simulator at http://127\.0\.0\.1:\d+/v2/api$", lines[0])
    assert len(lines) == 3 and all(line.split()[-1] == "STOPPED" for line in lines[1:])


@check("test_with_simulator", "en_pytest")
def _test_with_simulator(run):
    # Running the file defines a test; pytest runs it with the SDK's plugin.  Only that plugin: the plugins this
    # machine happens to have (autoloaded from their entry points) cost a second per pytest started.  That the
    # installed SDK registers the plugin for autoloading is checked on its entry point.
    shutil.copy(os.path.join(run.dir, "snippet.py"), os.path.join(run.dir, "test_snippet.py"))
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "cloudtower_python_sdk.pytest_plugin",
            "test_snippet.py"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([ROOT] + [p for p in [os.environ.get("PYTHONPATH")] if p]),
               PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    for entry_point in _pytest_entry_points():  # none unless the SDK is installed (pip install -e .)
        if entry_point.name == "cloudtower_simulator":
            assert entry_point.load() is importlib.import_module("cloudtower_python_sdk.pytest_plugin"), entry_point
    proc = subprocess.Popen(args, cwd=run.dir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def finish():  # pytest runs while the other blocks run
        out = proc.communicate(timeout=120)[0].decode("utf-8")  # a hang guard only
        assert proc.returncode == 0 and "1 passed" in out, out
    return finish


def _pytest_entry_points():
    """The pytest11 entry points (pytest's plugins to autoload) of the installed distributions."""
    try:
        from importlib.metadata import entry_points
        eps = entry_points()
        return list(eps.select(group="pytest11") if hasattr(eps, "select") else eps.get("pytest11", []))
    except ImportError:  # Python < 3.8
        import pkg_resources
        return list(pkg_resources.iter_entry_points("pytest11"))


@check("en_change_and_wait")
def _en_change_and_wait(run):
    vm = run.one("Vm", name="sdk-example-en-start")
    assert vm["status"] == "RUNNING" and run.out.strip() == "sdk-example-en-start is RUNNING"
    all_succeeded(run)


@check("en_options")
def _en_options(run):
    names = sorted(vm["name"] for vm in run.world.all("Vm"))[:5]
    assert run.out.splitlines() == names


@check("tls", "en_tls")
def _tls(run):
    assert run.out.strip() == "%d VMs" % run.world.count("Vm")


@check("logging", "en_logging")
def _logging(run):
    with io.open(os.path.join(run.dir, "cloudtower-sdk.log"), encoding="utf-8") as f:
        log = f.read()
    assert "POST %s/login" % run.sim.url in log and "POST %s/get-vms" % run.sim.url in log
    assert re.search(r'"password"\s*:\s*"\*\*\*"', log) and re.search(r"'Authorization': '\*\*\*'", log)
    assert not re.search(r'"password"\s*:\s*"root"', log), "the password is in the log"
    assert not re.search(r'"token"\s*:\s*"[^"*]', log), "the login answer's token is in the log"
    assert '"token":"***"' in log and run.out.strip() == "1 VM"


# -- paging, watching, logins that last, the client from the environment ----------------------------------

@check("paginate")
def _paginate(run):
    names = sorted(vm["name"] for vm in run.world.find("Vm", in_recycle_bin=False))
    assert len(names) > 50  # several pages of 50
    assert run.out.strip() == "%d VMs, from %s to %s" % (len(names), names[0], names[-1])


@check("watch_changes")
def _watch_changes(run):
    revision, action, resource_type, resource_id = run.out.strip().splitlines()[-1].split()
    assert int(revision) > 0 and resource_type.lower() == "vm", run.out
    assert run.world.get("Vm", resource_id)["status"] == "RUNNING"  # the VM the block started


@check("login_again")
def _login_again(run):
    # The block replaced its token by a revoked one: it got here only through one new login and a resend.
    name = run.out.strip().split("still logged in: ", 1)[1]
    assert run.world.find("Vm", name=name)


@check("client_from_env")
def _client_from_env(run):
    assert run.out.split() == sorted(vm["name"] for vm in run.world.all("Vm"))[:3]


@check("timeouts_and_retries")
def _timeouts_and_retries(run):
    # The simulator answers; the block's settings are what a Configuration keeps (checked in test_reliability).
    assert run.out.strip() == "3 VMs"
