# coding: utf-8
"""Content library VM templates: from a VM (clone or convert), from an OVF import, and VMs from them."""
from ..errors import HttpError, TaskFailure
from .common import draft, elf_cluster, find, find_one, require, to_bytes, with_task
from .registry import handles
from .transfers import ovf_modifications, uploads_done
from .vm_copy import config_of, freeze_disks, freeze_nics, thaw_nics
from .vm_devices import add_disks
from .vm_lifecycle import _finish_new_vm, _new_from, template_from_vm
from .vms import check_disk_operate, check_vcpu, template_disks


def library_disks(engine, vm):
    """The VM's disks in the content library's frozen form."""
    out = []
    for f in freeze_disks(engine, vm):
        vol = next((v for v in engine.store.all("VmVolume") if v["local_id"] == f["vm_volume_local_id"]), None) \
            if f["type"] == "DISK" else None
        out.append({"boot": f["boot"], "bus": f["bus"], "index": f["index"], "type": f["type"], "size": f["size"],
                    "path": f["path"], "disk_name": f.get("disk_name") or f.get("image_name"),
                    "storage_policy": vol["elf_storage_policy"] if vol else None, "disabled": False,
                    "content_library_image_id": _library_image(engine, f["elf_image_local_id"])})
    return out


def _library_image(engine, elf_image_local_id):
    """The content library image an ISO comes from, if any."""
    img = next((i for i in engine.store.all("ElfImage")
                if elf_image_local_id and i["local_id"] == elf_image_local_id), None)
    ids = engine.store.related_ids("ElfImage", img, "content_library_image") if img else []
    return ids[0] if ids else None


def _library_plan(engine, i, p):
    vm = find_one(engine, "Vm", p["vm"], "[%d].vm" % i)
    clusters = [elf_cluster(engine, c["id"], "[%d].clusters" % i)["id"] for c in find(engine, "Cluster", p["clusters"])]
    if not clusters:
        raise HttpError(400, "[%d].clusters selects no cluster" % i)
    values = dict(config_of(vm), id=engine.store.new_id(), name=p["name"], description=p.get("description") or "",
                  cloud_init_supported=bool(p.get("cloud_init_supported")), clusters=clusters,
                  createdAt=engine.now_iso(), size=vm["size"] or 0, video_type=vm.get("video_type"),
                  architecture="X86_64", os=vm.get("os"))
    return vm, values


def _library_frozen(engine, vm):
    return {"vm_disks": library_disks(engine, vm),
            "vm_nics": freeze_nics(engine, vm, "NestedContentLibraryVmTemplateNic")}


handles("clone_content_library_vm_template_from_vm")(template_from_vm(
    False, "ContentLibraryVmTemplate", _library_plan, _library_frozen, "content library template"))
handles("convert_content_library_vm_template_from_vm")(template_from_vm(
    True, "ContentLibraryVmTemplate", _library_plan, _library_frozen, "content library template"))


def _imported_disks(engine, p, path):
    """The template disks of an OVF import, as its disk_operate modifies them (modify_vmdk_disks,
    modify_cd_roms, mount_new_cd_roms)."""
    vmdks, cd_mods = ovf_modifications(engine, p, path)
    out, n_cd = [], 0
    for j, d in enumerate(p["parsed_ovf"]["disks"]):
        m = vmdks.get(d["name"], {}) if d["type"] == "DISK" else cd_mods.get(n_cd, {})
        n_cd += d["type"] == "CD_ROM"
        if m.get("removed"):
            continue
        out.append({"boot": m.get("boot", j), "bus": m.get("bus") or d["bus"], "type": d["type"], "path": "",
                    "size": d["size"] if d["type"] == "DISK" else 0, "disk_name": m.get("volume_name") or d["name"],
                    "storage_policy": (m.get("elf_storage_policy") or "REPLICA_2_THIN_PROVISION")
                    if d["type"] == "DISK" else None, "disabled": m.get("enabled") is False})
    for cd in (p.get("disk_operate") or {}).get("mount_new_cd_roms") or []:
        out.append({"boot": cd.get("boot", len(out)), "bus": "IDE", "type": "CD_ROM", "size": 0, "path": "",
                    "disabled": cd.get("enabled") is False})
    for j, d in enumerate(out):
        d["index"] = j
    return out


@handles("import_content_library_vm_template")
def import_content_library_vm_template(call):
    """A content library template from a parsed OVF and its finished uploads."""
    engine = call.engine
    out = []
    for i, p in enumerate(call.body):
        elf_cluster(engine, p["cluster_id"], "[%d].cluster_id" % i)
        uploads_done(engine, p["upload_tasks"], p["cluster_id"], "[%d].upload_tasks" % i)
        ovf = p["parsed_ovf"]
        cores, sockets = p.get("cpu_cores", ovf["cpu"]["cores"]), p.get("cpu_sockets", ovf["cpu"]["sockets"])
        vcpu = check_vcpu({"cpu_cores": cores, "cpu_sockets": sockets, "vcpu": p.get("vcpu")}) or cores * sockets
        disks = _imported_disks(engine, p, "[%d]" % i)
        nics = [{"index": j, "enabled": n.get("enabled", True), "mirror": n.get("mirror", False),
                 "model": n["model"], "type": "VLAN"} for j, n in enumerate(p.get("vm_nics") or [])]
        values = dict(id=engine.store.new_id(), name=p["name"],
                      description=p.get("description") or ovf.get("description") or "",
                      clusters=[p["cluster_id"]], vcpu=vcpu, cpu={"cores": cores, "sockets": sockets},
                      memory=to_bytes(p.get("memory", ovf["memory"]), p.get("memory_unit")),
                      ha=p.get("ha", True), firmware=ovf["firmware"], vm_disks=disks, vm_nics=nics,
                      size=sum(d["size"] for d in disks if d["type"] == "DISK"), createdAt=engine.now_iso(),
                      architecture="X86_64", cloud_init_supported=False)
        task = call.task("Import content library template %s" % p["name"],
                         lambda values=values: engine.store.insert("ContentLibraryVmTemplate", values),
                         resource_type="ContentLibraryVmTemplate", resource_id=values["id"],
                         key="content_library_vm_template.import")
        out.append(with_task(engine, "ContentLibraryVmTemplate", draft(engine, "ContentLibraryVmTemplate", values),
                             task))
    return out


def _vm_plan(engine, tpl, p, path):
    """The values of a new VM from content library template ``tpl`` with the params ``p`` (a 400 naming the
    field under ``path`` when the template is not on the cluster, or a disk or VLAN is wrong)."""
    cluster = require(engine, "Cluster", p["cluster_id"], path + ".cluster_id")
    if cluster["id"] not in (tpl["clusters"] or []):
        raise HttpError(400, "Content library template %s is not distributed to cluster %s (%s.cluster_id)"
                        % (tpl["name"], cluster["name"], path))
    check_disk_operate(engine, tpl, p.get("disk_operate") or {}, cluster["id"], path)
    return _new_from(engine, p, dict(tpl, guest_os_type=None), cluster, path)


def _make_vm(engine, tpl_id, p, values):
    """The effect: the VM, the template's disks (new volumes of their storage policy) after the
    disk_operate, its new disks, the template's NICs unless ``vm_nics`` are given, the power state."""
    template = engine.store.get("ContentLibraryVmTemplate", tpl_id)
    if template is None:
        raise TaskFailure("Content library template %s no longer exists" % tpl_id, "EResourceNotFound")
    vm = engine.store.insert("Vm", values)
    op = p.get("disk_operate") or {}
    policies = dict((j, d.get("storage_policy")) for j, d in enumerate(template["vm_disks"] or []))
    template_disks(engine, template, op, policies)(vm)
    if op.get("new_disks"):
        add_disks(engine, vm, op["new_disks"])
    if p.get("vm_nics") is None:
        thaw_nics(engine, vm, template["vm_nics"])
    _finish_new_vm(engine, vm, p)


@handles("create_vm_from_content_library_template")
def create_vm_from_library_template(call):
    """One task per VM: the template's configuration, disks (new volumes) and NICs, with the params' overrides."""
    engine = call.engine
    plans = []
    for i, p in enumerate(call.body):
        tpl = require(engine, "ContentLibraryVmTemplate", p["template_id"], "[%d].template_id" % i)
        plans.append((tpl, p, _vm_plan(engine, tpl, p, "[%d]" % i)))
    out = []
    for tpl, p, values in plans:
        task = call.task("Create VM %s from content library template %s" % (p["name"], tpl["name"]),
                         lambda tpl_id=tpl["id"], p=p, values=values: _make_vm(engine, tpl_id, p, values),
                         resource_type="Vm", resource_id=values["id"], cluster_id=values["cluster"],
                         key="vm.create_from_content_library_template")
        out.append(with_task(engine, "Vm", draft(engine, "Vm", values), task))
    return out


@handles("create_vm_from_content_library_template_batch")
def create_vms_from_library_template(call):
    """One task creating every VM of ``vms`` from the template."""
    engine = call.engine
    tpl = require(engine, "ContentLibraryVmTemplate", call.body["template_id"], "template_id")
    plans = [(p, _vm_plan(engine, tpl, p, "vms[%d]" % i)) for i, p in enumerate(call.body["vms"])]

    def effect():
        for p, values in plans:
            _make_vm(engine, tpl["id"], p, values)
    task = call.task("Create %d VMs from content library template %s" % (len(plans), tpl["name"]), effect,
                     resource_type="Vm", resource_id=plans[0][1]["id"] if plans else None,
                     key="vm.create_from_content_library_template")
    return {"task_id": task, "data": [engine.store.render("Vm", draft(engine, "Vm", v)) for p, v in plans]}
