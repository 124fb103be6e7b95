# coding: utf-8
"""What a cluster tells about itself and its hardware: storage capacity, log services, NTP, log collections,
rack topology, GPU devices."""
from ..errors import TaskFailure
from .common import find, find_one, per_record, require
from .registry import handles


@handles("get_cluster_storage_info")
def get_cluster_storage_info(call):
    """Capacity of each cluster, and what it can still allocate with each replica count / EC layout asked for."""
    eff = call.body["effect"]
    out = []
    for c in find(call.engine, "Cluster", call.body["where"]):
        total, used = c.get("total_data_capacity") or 0, c.get("used_data_space") or 0
        free = max(0, total - used)
        allocable = {"replica": [{"replica_num": r, "capacity": free // max(1, r)} for r in eff.get("replica") or []],
                     "ec": [{"k": e["k"], "m": e["m"], "capacity": free * e["k"] // max(1, e["k"] + e["m"])}
                            for e in eff.get("ec") or []]}
        out.append({"id": c["id"], "name": c["name"], "type": c["type"], "stretch": bool(c.get("stretch")),
                    "total_data_capacity": total, "used_data_space": used, "free_data_space": free,
                    "failure_data_space": c.get("failure_data_space") or 0, "allocable_storage_capacity": allocable,
                    "storage_cluster": []})
    return out


@handles("force_stop_log_collection")
def force_stop_log_collection(call):
    def apply(rec):
        if rec["status"] != "EXECUTING":
            raise TaskFailure("Log collection %s is %s, not running" % (rec["id"], rec["status"]),
                              "ELogCollectionStatus")
        call.store.update("LogCollection", rec["id"], {"status": "FAILED", "progress": rec["progress"]})
    return per_record(call, "LogCollection", find(call.engine, "LogCollection", call.body["where"]),
                      "Stop log collection", "log_collection.force_stop", apply)


@handles("get_ntp_service_url")
def get_ntp_service_url(call):
    return {"ntp_service_url": "ntp://%s" % (call.store.all("Cluster")[0]["management_vip"]
                                             if call.store.all("Cluster") else "127.0.0.1")}


_LOG_GROUPS = (("system", ["journald", "kernel", "ntpd"]), ("storage", ["zbs-chunkd", "zbs-metad", "zbs-taskd"]),
               ("compute", ["elf-vm-monitor", "libvirtd", "elf-exporter"]), ("network", ["ovs-vswitchd", "everoute"]))


@handles("get_log_service_configs")
def get_log_service_configs(call):
    cluster = find_one(call.engine, "Cluster", call.body["input"]["cluster"], "input.cluster")
    groups = _LOG_GROUPS if cluster["type"] == "SMTX_OS" else _LOG_GROUPS[:2]
    return [{"group_name": g, "service_list": list(s)} for g, s in groups]


@handles("move_brick_topo")
def move_brick_topo(call):
    d = call.data
    if d.get("rack_topo_id"):
        require(call.engine, "RackTopo", d["rack_topo_id"], "data.rack_topo_id")
    changes = {"position": d["position"]}
    if d.get("rack_topo_id"):
        changes["rack_topo"] = d["rack_topo_id"]
    return per_record(call, "BrickTopo", find(call.engine, "BrickTopo", call.body["where"]), "Move brick",
                      "brick_topo.move", lambda rec: call.store.update("BrickTopo", rec["id"], changes))


@handles("update_node_topo")
def update_node_topo(call):
    out = []
    for i, item in enumerate(call.body):
        d = item["data"]
        changes = {}
        for key, type_name in (("brick_topo_id", "BrickTopo"), ("cluster_topo_id", "ClusterTopo")):
            if d.get(key):
                require(call.engine, type_name, d[key], "[%d].data.%s" % (i, key))
                changes[key[:-3]] = d[key]
        if d.get("position") is not None:
            changes["position"] = d["position"]
        where = dict((k, v) for k, v in item["where"].items() if v is not None)
        out += per_record(call, "NodeTopo", find(call.engine, "NodeTopo", where), "Move node", "node_topo.move",
                          lambda rec, changes=changes: call.store.update("NodeTopo", rec["id"], changes))
    return out


def _render_with(call, type_name, rec, **extra):
    return dict(call.store.render(type_name, rec), **extra)


@handles("get_vm_gpu_device_info")
def get_vm_gpu_device_info(call):
    """The VMs the query selects, each with its GPU devices in full."""
    out = []
    for vm in call.store.query("Vm", call.body or {}):
        gpus = [_render_with(call, "GpuDevice", g, vgpu_instance_on_vm_num=1)
                for g in call.store.related("Vm", vm, "gpu_devices")]
        out.append({"id": vm["id"], "local_id": vm["local_id"], "name": vm["name"], "gpu_devices": gpus})
    return out


@handles("get_detail_vm_info_by_gpu_devices")
def get_detail_vm_info_by_gpu_devices(call):
    """The GPU devices the query selects, each with the VMs using it in full."""
    out = []
    for gpu in call.store.query("GpuDevice", call.body or {}):
        vms = [v for v in call.store.all("Vm") if gpu["id"] in (v.get("gpu_devices") or [])
               or gpu["id"] in call.store.related_ids("Vm", v, "gpu_devices")]
        out.append(_render_with(call, "GpuDevice", gpu, vms=[_render_with(call, "Vm", v, vgpu_instance_on_vm_num=1)
                                                              for v in vms]))
    return out
