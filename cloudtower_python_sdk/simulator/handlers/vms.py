# coding: utf-8
"""Creating VMs (blank or from a template) and editing their configuration."""
from ..errors import HttpError
from .common import draft, elf_cluster, require, to_bytes, with_task
from .registry import handles
from .vm_base import pick_host, require_status, settle_host, vm_op
from .vm_copy import thaw_disks
from .vm_devices import add_disks, add_nics, check_disks, check_vlan
from .vm_settings import bandwidth


def check_vcpu(params):
    """``vcpu`` when it agrees with cores * sockets (a 400 otherwise)."""
    cores, sockets = params.get("cpu_cores"), params.get("cpu_sockets")
    vcpu = params.get("vcpu")
    if cores is not None and sockets is not None and vcpu is not None and vcpu != cores * sockets:
        raise HttpError(400, "vcpu (%d) must equal cpu_cores * cpu_sockets (%d * %d)" % (vcpu, cores, sockets))
    return vcpu


def new_vm_values(engine, p, cluster, vcpu):
    """The record of a new STOPPED VM from VmCreationParams-like ``p``."""
    store = engine.store
    return dict(id=store.new_id(), name=p["name"], description=p.get("description") or "", cluster=cluster["id"],
                status="STOPPED", vcpu=vcpu, cpu={"cores": p["cpu_cores"], "sockets": p["cpu_sockets"]},
                memory=to_bytes(p["memory"], p.get("memory_unit")), ha=p["ha"], firmware=p["firmware"],
                clock_offset="UTC", cpu_model="cluster_default", guest_os_type=p.get("guest_os_type") or "UNKNOWN",
                vm_tools_status="NOT_INSTALLED", in_recycle_bin=False, internal=False, protected=False,
                nested_virtualization=False, win_opt=p.get("guest_os_type") == "WINDOWS", local_id=store.new_uuid(),
                node_ip="", ips="", local_created_at=engine.now_iso(), out_uninstall_usb=[], video_type="CIRRUS",
                io_policy=p.get("io_policy"), max_iops=p.get("max_iops"), max_iops_policy=p.get("max_iops_policy"),
                max_bandwidth=bandwidth(p.get("max_bandwidth"), p.get("max_bandwidth_unit")),
                max_bandwidth_policy=p.get("max_bandwidth_policy"),
                folder=p.get("folder_id"), cpu_usage=0.0, memory_usage=0.0, size=0)


def effect_create_vm(engine, values, disks, nics, status, host_id, template_disks=None):
    """The effect of a VM creation: the record, its disks and NICs, then power it on if asked."""
    def effect():
        vm = engine.store.insert("Vm", values)
        if template_disks:
            template_disks(vm)
        add_disks(engine, vm, disks)
        add_nics(engine, vm, nics)
        if status == "RUNNING":
            host = pick_host(engine, vm["cluster"], host_id=host_id)
            vm["status"] = "RUNNING"
            vm["_host_pending"] = host["id"]
            settle_host(engine, vm)
        engine.refresh(vm["cluster"])
    return effect


@handles("create_vm")
def create_vm(call):
    engine = call.engine
    out, plans = [], []
    for i, p in enumerate(call.body):
        cluster = elf_cluster(engine, p["cluster_id"], "[%d].cluster_id" % i)
        vcpu = check_vcpu(p)
        if p.get("host_id"):
            require(engine, "Host", p["host_id"], "[%d].host_id" % i)
        check_disks(engine, p.get("vm_disks"), cluster["id"], "[%d].vm_disks" % i)
        for j, n in enumerate(p.get("vm_nics") or []):
            if n.get("connect_vlan_id"):
                check_vlan(engine, n["connect_vlan_id"], cluster["id"], "[%d].vm_nics[%d].connect_vlan_id" % (i, j))
        values = new_vm_values(engine, p, cluster, vcpu or p["cpu_cores"] * p["cpu_sockets"])
        plans.append((values, p))
    for values, p in plans:
        placeholder = draft(engine, "Vm", values)
        placeholder["status"] = "STOPPED"
        effect = effect_create_vm(engine, values, p.get("vm_disks") or {}, p.get("vm_nics") or [], p.get("status"),
                                  p.get("host_id"))
        task = call.task("Create VM %s" % p["name"], effect, resource_type="Vm", resource_id=values["id"],
                         cluster_id=values["cluster"], key="vm.create")
        out.append(with_task(engine, "Vm", placeholder, task))
    return out


def check_disk_operate(engine, tpl, op, cluster_id, path):
    """A 400 naming the field when a disk_operate (``path``: the params' path) refers to a disk the template
    ``tpl`` does not have, or a volume, image or VLAN that does not exist."""
    n_disks = len(tpl["vm_disks"] or [])
    for j in (op.get("remove_disks") or {}).get("disk_index", []):
        if not 0 <= j < n_disks:
            raise HttpError(400, "%s.disk_operate.remove_disks.disk_index %d: the template has %d disks"
                            % (path, j, n_disks))
    for k, m in enumerate(op.get("modify_disks") or []):
        if not 0 <= m["disk_index"] < n_disks:
            raise HttpError(400, "%s.disk_operate.modify_disks[%d].disk_index %d: the template has %d disks"
                            % (path, k, m["disk_index"], n_disks))
        if m.get("vm_volume_id"):
            require(engine, "VmVolume", m["vm_volume_id"], "%s.disk_operate.modify_disks[%d].vm_volume_id" % (path, k))
    check_disks(engine, op.get("new_disks"), cluster_id, "%s.disk_operate.new_disks" % path)


def template_nics(engine, tpl):
    """VmNicParams for the NICs of template ``tpl`` (its VLANs found by local id)."""
    out = []
    for n in tpl["vm_nics"] or []:
        vlan = next((v for v in engine.store.all("Vlan") if v["local_id"] == n["vlan"]["vlan_local_id"]), None)
        out.append({"connect_vlan_id": vlan["id"] if vlan else None, "model": n.get("model"),
                    "enabled": n.get("enabled", True), "mirror": n.get("mirror", False)})
    return out


def _plan_from_template(engine, i, p):
    tpl = require(engine, "VmTemplate", p["template_id"], "[%d].template_id" % i)
    cluster = require(engine, "Cluster", p.get("cluster_id") or tpl["cluster"], "[%d].cluster_id" % i)
    merged = {
        "name": p["name"], "description": p.get("description", tpl["description"]),
        "cpu_cores": p.get("cpu_cores", tpl["cpu"]["cores"]),
        "cpu_sockets": p.get("cpu_sockets", tpl["cpu"]["sockets"]),
        "memory": p.get("memory", tpl["memory"]), "memory_unit": p.get("memory_unit"),
        "ha": p.get("ha", tpl["ha"]), "firmware": p.get("firmware", tpl["firmware"]),
        "guest_os_type": p.get("guest_os_type"), "io_policy": p.get("io_policy"), "folder_id": p.get("folder_id"),
    }
    vcpu = check_vcpu(dict(merged, vcpu=p.get("vcpu")))
    op = p.get("disk_operate") or {}
    check_disk_operate(engine, tpl, op, cluster["id"], "[%d]" % i)
    nics = p.get("vm_nics")
    if nics is not None:
        for j, n in enumerate(nics):
            if n.get("connect_vlan_id"):
                check_vlan(engine, n["connect_vlan_id"], cluster["id"], "[%d].vm_nics[%d].connect_vlan_id" % (i, j))
    else:
        nics = template_nics(engine, tpl)
    values = new_vm_values(engine, merged, cluster, vcpu or merged["cpu_cores"] * merged["cpu_sockets"])
    values["clock_offset"] = tpl["clock_offset"]
    values["win_opt"] = tpl["win_opt"]
    return values, p, tpl, op, nics


@handles("create_vm_from_template")
def create_vm_from_template(call):
    engine = call.engine
    plans = [_plan_from_template(engine, i, p) for i, p in enumerate(call.body)]
    out = []
    for values, p, tpl, op, nics in plans:
        placeholder = draft(engine, "Vm", values)
        effect = effect_create_vm(engine, values, op.get("new_disks") or {}, nics, p.get("status"), p.get("host_id"),
                                  template_disks(engine, tpl, op))
        task = call.task("Create VM %s from template %s" % (p["name"], tpl["name"]), effect, resource_type="Vm",
                         resource_id=values["id"], cluster_id=values["cluster"], key="vm.create_from_template")
        out.append(with_task(engine, "Vm", placeholder, task))
    return out


def template_disks(engine, tpl, op, policy_of=None):
    """An apply(vm) that gives ``vm`` the template's disks (new volumes; ``policy_of``: {index: storage
    policy}) and CD-ROMs, after ``op`` (a disk_operate: remove_disks, modify_disks)."""
    removed = set((op.get("remove_disks") or {}).get("disk_index", []))
    modified = dict((m["disk_index"], m) for m in op.get("modify_disks") or [])
    return lambda vm: thaw_disks(engine, vm, tpl["vm_disks"], removed=removed, modified=modified,
                                 policy_of=policy_of)


def _update_vm_validate(engine, vm, body):
    d = body["data"]
    cores = d.get("cpu_cores", vm["cpu"]["cores"])
    sockets = d.get("cpu_sockets", vm["cpu"]["sockets"])
    if "vcpu" in d and d["vcpu"] != cores * sockets:
        raise HttpError(400, "data.vcpu (%d) must equal cpu_cores * cpu_sockets (%d * %d)"
                        % (d["vcpu"], cores, sockets))


def _update_vm_apply(engine, vm, body):
    d = body["data"]
    for k in ("name", "description", "ha"):
        if k in d:
            vm[k] = d[k]
    if "memory" in d:
        vm["memory"] = to_bytes(d["memory"], d.get("memory_unit"))
    cores = d.get("cpu_cores", vm["cpu"]["cores"])
    sockets = d.get("cpu_sockets", vm["cpu"]["sockets"])
    vm["cpu"] = {"cores": cores, "sockets": sockets}
    vm["vcpu"] = d.get("vcpu", cores * sockets)


handles("update_vm")(vm_op("Edit VM", "vm.update", require_status("edit", "RUNNING", "STOPPED", "SUSPENDED"),
                           _update_vm_apply, validate=_update_vm_validate))
