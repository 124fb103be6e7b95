# coding: utf-8
"""Moving VMs and volumes in and out: exports with download links, OVF parsing, imports from uploads."""
import hashlib
import xml.etree.ElementTree as ElementTree

from ..errors import HttpError, TaskFailure
from .common import draft, elf_cluster, find, find_one, require, with_task
from .registry import handles
from .vm_devices import check_disks, check_vlan
from .vms import check_vcpu, effect_create_vm, new_vm_values


def _file(kind, name, size, seed):
    digest = hashlib.md5(("%s|%s" % (seed, name)).encode()).hexdigest()
    return {"fileName": name, "fileSecret": digest[:16], "fileSize": int(size), "fileUUID": digest, "md5": digest,
            "type": kind}


def _export(call, rec_type, records, kind, relation, files_of):
    engine = call.engine
    out = []
    for rec in records:
        # a VM's or volume's cluster; for a library template, the first it is distributed to
        cluster = rec["cluster"] if "cluster" in rec else (rec.get("clusters") or [None])[0]
        values = dict(id=engine.store.new_id(), type=kind, damaged=False, createdAt=engine.now_iso(),
                      storage_cluster_id=cluster, data_port_id=engine.store.new_uuid(), files=files_of(rec))
        values[relation] = rec["id"]

        def effect(values=values, rec_id=rec["id"]):
            if engine.store.get(rec_type, rec_id) is None:
                raise TaskFailure("%s %s no longer exists" % (rec_type, rec_id), "EResourceNotFound")
            engine.store.insert("VmExportFile", values)
        task = call.task("Export %s %s as %s" % (rec_type, rec.get("name") or rec["id"], kind), effect,
                         resource_type="VmExportFile", resource_id=values["id"],
                         cluster_id=values["storage_cluster_id"], key="vm_export_file.create")
        out.append(with_task(engine, "VmExportFile", draft(engine, "VmExportFile", values), task))
    return out


def _disk_files(engine, vm, kind):
    ext = {"OVF": "vmdk", "VMDK": "vmdk", "QCOW2": "qcow2", "RAW": "raw"}[kind]
    files = []
    for d in engine.store.related("Vm", vm, "vm_disks"):
        vol = engine.store.get("VmVolume", d["vm_volume"]) if d["vm_volume"] else None
        if vol is not None:
            files.append(_file(kind if kind != "OVF" else "VMDK", "%s.%s" % (vol["name"], ext), vol["size"], vol["id"]))
    if kind == "OVF":
        files.insert(0, _file("OVF", "%s.ovf" % vm["name"], 4096, vm["id"]))
    return files


@handles("export_vm")
def export_vm(call):
    """A VmExportFile per VM: its disks (and the OVF descriptor) as files to download."""
    kind = call.data["type"]
    return _export(call, "Vm", find(call.engine, "Vm", call.body["where"]), kind, "vm",
                   lambda vm: _disk_files(call.engine, vm, kind))


@handles("export_vm_volume")
def export_vm_volume(call):
    kind = call.data["type"]
    return _export(call, "VmVolume", find(call.engine, "VmVolume", call.body["where"]), kind, "vm_volume",
                   lambda vol: [_file(kind, "%s.%s" % (vol["name"], kind.lower()), vol["size"], vol["id"])])


@handles("export_content_library_vm_template")
def export_content_library_vm_template(call):
    def files(tpl):
        out = [_file("OVF", "%s.ovf" % tpl["name"], 4096, tpl["id"])]
        for i, d in enumerate(tpl["vm_disks"] or []):
            if d.get("type") == "DISK":
                out.append(_file("VMDK", "%s-disk-%d.vmdk" % (tpl["name"], i), d.get("size") or 0, tpl["id"]))
        return out
    return _export(call, "ContentLibraryVmTemplate", find(call.engine, "ContentLibraryVmTemplate",
                                                          call.body["where"]), "OVF", "content_library_vm_template",
                   files)


@handles("get_export_file_download_links")
def get_export_file_download_links(call):
    """One link per file of the export (on the cluster's management address)."""
    engine = call.engine
    export = find_one(engine, "VmExportFile", call.body["where"], "where")
    cluster = engine.store.get("Cluster", export["storage_cluster_id"]) if export["storage_cluster_id"] else None
    host = (cluster or {}).get("management_vip") or "cloudtower.local"
    return [{"filename": f["fileName"], "link": "https://%s/export/%s/%s?secret=%s" % (
        host, export["data_port_id"], f["fileUUID"], f["fileSecret"])} for f in export["files"] or []]


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _attr(el, name):
    return next((v for k, v in el.attrib.items() if _local(k) == name), None)


def parse_ovf_text(data):
    """A ParsedOVF of an OVF descriptor (bytes): name, CPU, memory, disks, NICs; a 400 when it is not one."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        raise HttpError(400, "The file is not an OVF descriptor: %s (file)" % e)
    system = next((e for e in root.iter() if _local(e.tag) == "VirtualSystem"), None)
    if system is None:
        raise HttpError(400, "The OVF descriptor has no VirtualSystem (file)")
    capacities = dict((_attr(d, "diskId"), int(_attr(d, "capacity") or 0) * _unit(_attr(d, "capacityAllocationUnits")))
                      for d in root.iter() if _local(d.tag) == "Disk")
    out = {"name": _attr(system, "id") or "vm", "description": "", "cpu": {"cores": 1, "sockets": 1}, "vcpu": 1,
           "memory": 0, "firmware": "BIOS", "disks": [], "nics": []}
    for item in system.iter():
        if _local(item.tag) not in ("Item", "StorageItem", "EthernetPortItem"):
            continue
        fields = dict((_local(c.tag), (c.text or "").strip()) for c in item)
        rtype = fields.get("ResourceType")
        if rtype == "3":
            vcpu = int(fields.get("VirtualQuantity") or 1)
            cores = int(fields.get("CoresPerSocket") or 1)
            out["vcpu"], out["cpu"] = vcpu, {"cores": cores, "sockets": max(1, vcpu // cores)}
        elif rtype == "4":
            unit = _unit(fields.get("AllocationUnits") or "byte*2^20")
            out["memory"] = int(fields.get("VirtualQuantity") or 0) * unit
        elif rtype in ("17", "15", "16"):
            host_resource = fields.get("HostResource") or ""
            disk_id = host_resource.rsplit("/", 1)[-1]
            out["disks"].append({"name": fields.get("ElementName") or disk_id or "disk", "bus": "SCSI" if rtype == "17"
                                 else "IDE", "size": capacities.get(disk_id, 0),
                                 "type": "DISK" if rtype == "17" else "CD_ROM"})
        elif rtype == "10":
            out["nics"].append({"mac": fields.get("Address") or ""})
    for el in system.iter():
        if _local(el.tag) in ("Name",) and el.text and out["name"] == "vm":
            out["name"] = el.text.strip()
        if _local(el.tag) == "Info" and not out["description"] and el.text:
            out["description"] = el.text.strip()
    if any(_attr(el, "firmware") == "efi" for el in system.iter()):
        out["firmware"] = "UEFI"
    return out


def _unit(text):
    """Bytes in an OVF allocation unit such as ``byte * 2^30``."""
    text = (text or "byte").replace(" ", "").lower()
    if "^" in text:
        base, _, exp = text.partition("^")
        return int(base.split("*")[-1]) ** int(exp)
    return {"kilobytes": 1024, "megabytes": 1024 ** 2, "gigabytes": 1024 ** 3}.get(text, 1)


@handles("parse_ovf")
def parse_ovf(call):
    require(call.engine, "Cluster", (call.body or {}).get("cluster_id"), "cluster_id")
    data = (call.body or {}).get("file") or b""
    return parse_ovf_text(data if isinstance(data, bytes) else data.encode("utf-8"))


def upload_done(engine, task_id, cluster_id, path):
    """The UploadTask ``task_id``; a 400 naming ``path`` when it is missing, not SUCCESSED, or went to
    another cluster than ``cluster_id``."""
    task = require(engine, "UploadTask", task_id, path)
    if task["status"] != "SUCCESSED":
        raise HttpError(400, "UploadTask %s is %s: finish the upload first (%s)" % (task_id, task["status"], path))
    uploaded_to = (task.get("args") or {}).get("cluster_id")
    if uploaded_to and uploaded_to != cluster_id:
        raise HttpError(400, "UploadTask %s uploaded to another cluster (%s): upload to cluster %s"
                        % (task_id, path, cluster_id))
    return task


def uploads_done(engine, ids, cluster_id, path):
    """The UploadTasks ``ids``, each finished on cluster ``cluster_id`` (a 400 naming ``path[i]`` otherwise)."""
    return [upload_done(engine, task_id, cluster_id, "%s[%d]" % (path, i)) for i, task_id in enumerate(ids)]


def ovf_modifications(engine, p, path):
    """{vmdk name: modify_vmdk_disks item}, {CD-ROM index: modify_cd_roms item} of an import's disk_operate
    (a 400 naming the field for a disk or CD-ROM the OVF does not have, or an image that does not exist)."""
    ovf, op = p["parsed_ovf"], p.get("disk_operate") or {}
    names = [d["name"] for d in ovf["disks"] if d["type"] == "DISK"]
    n_cd_roms = len([d for d in ovf["disks"] if d["type"] == "CD_ROM"])
    vmdks, cd_roms = {}, {}
    for k, m in enumerate(op.get("modify_vmdk_disks") or []):
        if m["vmdk_name"] not in names:
            raise HttpError(400, "The OVF has no disk %r: it has %s (%s.disk_operate.modify_vmdk_disks[%d].vmdk_name)"
                            % (m["vmdk_name"], ", ".join(names) or "none", path, k))
        vmdks[m["vmdk_name"]] = m
    for k, m in enumerate(op.get("modify_cd_roms") or []):
        at = "%s.disk_operate.modify_cd_roms[%d]" % (path, k)
        if not 0 <= m["index"] < n_cd_roms:
            raise HttpError(400, "The OVF has %d CD-ROMs (%s.index)" % (n_cd_roms, at))
        if m.get("elf_image_id"):
            require(engine, "ElfImage", m["elf_image_id"], at + ".elf_image_id")
        cd_roms[m["index"]] = m
    return vmdks, cd_roms


def _ovf_disk_params(engine, p, cluster_id, path):
    """The VmDiskParams of an imported VM: a new volume of its size for each OVF disk, a CD-ROM for each OVF
    CD-ROM not removed (both as disk_operate modifies them), then disk_operate.new_disks."""
    vmdks, cd_mods = ovf_modifications(engine, p, path)
    new = (p.get("disk_operate") or {}).get("new_disks") or {}
    check_disks(engine, new, cluster_id, path + ".disk_operate.new_disks")
    disks = [d for d in p["parsed_ovf"]["disks"] if d["type"] == "DISK"]
    cd_roms = [d for d in p["parsed_ovf"]["disks"] if d["type"] == "CD_ROM"]
    created = []
    for j, d in enumerate(disks):
        m = vmdks.get(d["name"], {})
        created.append({"bus": m.get("bus") or d["bus"], "boot": m.get("boot", j), "vm_volume": {
            "name": m.get("volume_name") or "%s-%s" % (p["name"], d["name"]), "size": d["size"],
            "elf_storage_policy": m.get("elf_storage_policy") or "REPLICA_2_THIN_PROVISION"}})
    mounted = [{"boot": cd_mods.get(j, {}).get("boot", len(disks) + j), "elf_image_id": cd_mods.get(j, {}).get(
        "elf_image_id")} for j in range(len(cd_roms)) if not cd_mods.get(j, {}).get("removed")]
    return {"mount_new_create_disks": created + list(new.get("mount_new_create_disks") or []),
            "mount_cd_roms": mounted + list(new.get("mount_cd_roms") or []),
            "mount_disks": list(new.get("mount_disks") or [])}


_IO_LIMITS = ("io_policy", "max_iops", "max_iops_policy", "max_bandwidth", "max_bandwidth_unit",
              "max_bandwidth_policy")


@handles("import_vm")
def import_vm(call):
    """A VM from a parsed OVF (the uploads must be finished): its disks new volumes of their size, its CD-ROMs,
    as ``disk_operate`` modifies them; the NICs of ``vm_nics``; RUNNING when ``status`` says so."""
    engine = call.engine
    plans = []
    for i, p in enumerate(call.body):
        path = "[%d]" % i
        cluster = elf_cluster(engine, p["cluster_id"], path + ".cluster_id")
        uploads_done(engine, p["upload_tasks"], cluster["id"], path + ".upload_tasks")
        if p.get("host_id") and require(engine, "Host", p["host_id"], path + ".host_id")["cluster"] != cluster["id"]:
            raise HttpError(400, "Host %r is not in cluster %s (%s.host_id)" % (p["host_id"], cluster["name"], path))
        ovf = p["parsed_ovf"]
        merged = dict(dict((k, p.get(k)) for k in _IO_LIMITS), name=p["name"],
                      description=p.get("description", ovf.get("description") or ""),
                      cpu_cores=p.get("cpu_cores", ovf["cpu"]["cores"]),
                      cpu_sockets=p.get("cpu_sockets", ovf["cpu"]["sockets"]), memory=p.get("memory", ovf["memory"]),
                      memory_unit=p.get("memory_unit"), ha=p.get("ha", True), firmware=ovf["firmware"],
                      guest_os_type=p.get("guest_os_type"), folder_id=p.get("folder_id"))
        vcpu = check_vcpu(dict(merged, vcpu=p.get("vcpu")))
        for j, n in enumerate(p.get("vm_nics") or []):
            check_vlan(engine, n["connect_vlan_id"], cluster["id"], "%s.vm_nics[%d].connect_vlan_id" % (path, j))
        disks = _ovf_disk_params(engine, p, cluster["id"], path)
        plans.append((p, new_vm_values(engine, merged, cluster, vcpu or merged["cpu_cores"] * merged["cpu_sockets"]),
                      disks))
    out = []
    for p, values, disks in plans:
        effect = effect_create_vm(engine, values, disks, p.get("vm_nics") or [], p.get("status"), p.get("host_id"))
        task = call.task("Import VM %s" % p["name"], effect, resource_type="Vm", resource_id=values["id"],
                         cluster_id=values["cluster"], key="vm.import")
        out.append(with_task(engine, "Vm", draft(engine, "Vm", values), task))
    return out


@handles("import_vm_volume")
def import_vm_volume(call):
    """A volume of the uploaded file's size."""
    engine = call.engine
    out = []
    for i, p in enumerate(call.body):
        elf_cluster(engine, p["cluster_id"], "[%d].cluster_id" % i)
        upload = upload_done(engine, p["upload_task_id"], p["cluster_id"], "[%d].upload_task_id" % i)
        values = dict(id=engine.store.new_id(), name=p["name"], cluster=p["cluster_id"], size=upload["size"],
                      elf_storage_policy=p["storage_policy"], local_id=engine.store.new_uuid(), mounting=False,
                      sharing=False, type="KVM_VOLUME", local_created_at=engine.now_iso(),
                      path="/usr/share/smartx/volumes/%s" % engine.store.new_uuid())

        def effect(values=values):
            engine.store.insert("VmVolume", values)
        task = call.task("Import volume %s" % p["name"], effect, resource_type="VmVolume", resource_id=values["id"],
                         cluster_id=p["cluster_id"], key="vm_volume.import")
        out.append(with_task(engine, "VmVolume", draft(engine, "VmVolume", values), task))
    return out

