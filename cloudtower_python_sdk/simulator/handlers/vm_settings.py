# coding: utf-8
"""VM settings that the generic update cannot map: advanced and host options, IO policy, NIC details, owner."""
from ..errors import HttpError, TaskFailure
from .common import find, require, with_task
from .registry import handles
from .vm_base import vm_ips, vm_op

_BPS = {"Bps": 1, "KBps": 1024, "MBps": 1024 ** 2, "GBps": 1024 ** 3, "TBps": 1024 ** 4}
_BITS = {"bit": 1, "Kb": 1024, "Mb": 1024 ** 2, "Gb": 1024 ** 3, "Tb": 1024 ** 4, "Pb": 1024 ** 5,
         "bps": 1, "Kbps": 1024, "Mbps": 1024 ** 2, "Gbps": 1024 ** 3, "Tbps": 1024 ** 4}


def bandwidth(value, unit):
    """Bytes per second of ``value`` in a BPSUnit (``MBps``...)."""
    return None if value is None else int(value * _BPS.get(unit or "Bps", 1))


def bits(value, unit):
    """Bits (per second) of ``value`` in a BitUnit or BitPSUnit."""
    return None if value is None else int(value * _BITS.get(unit or "bit", 1))


def _advanced_apply(engine, vm, body):
    d = body["data"]
    changes = dict((k, d[k]) for k in ("clock_offset", "cpu_model", "video_type") if k in d)
    if "windows_optimize" in d:
        changes["win_opt"] = d["windows_optimize"]
    engine.store.update("Vm", vm["id"], changes)


def _host_options_apply(engine, vm, body):
    d = body["data"]
    changes = {}
    if "hostname" in d:
        changes["hostname"] = d["hostname"]
    if "dns_servers" in d:
        changes["dns_servers"] = ",".join(d["dns_servers"] or [])
    if "ntp_servers" in d:
        changes["_ntp_servers"] = list(d["ntp_servers"] or [])  # Tower keeps them in the guest, not on the VM
    engine.store.update("Vm", vm["id"], changes)


def _restrict(params):
    return {"max_iops": params.get("max_iops"), "max_iops_policy": params.get("max_iops_policy"),
            "max_bandwidth": bandwidth(params.get("max_bandwidth"), params.get("max_bandwidth_unit")),
            "max_bandwidth_policy": params.get("max_bandwidth_policy")}


def _io_policy_validate(engine, vm, body):
    d = body["data"]
    boots = set(disk["boot"] for disk in engine.store.related("Vm", vm, "vm_disks") if disk["type"] == "DISK")
    for i, e in enumerate(d.get("each_disk") or []):
        if e["boot"] not in boots:
            raise HttpError(400, "VM %s has no disk with boot order %d (data.each_disk[%d].boot)"
                            % (vm["name"], e["boot"], i))


def _io_policy_apply(engine, vm, body):
    d = body["data"]
    store = engine.store
    changes = {}
    if "io_policy" in d:
        changes["io_policy"] = d["io_policy"]
    if d.get("whole_vm") is not None:
        changes.update(_restrict(d["whole_vm"]))
    store.update("Vm", vm["id"], changes)
    by_boot = dict((disk["boot"], disk) for disk in store.related("Vm", vm, "vm_disks") if disk["type"] == "DISK")
    for e in d.get("each_disk") or []:
        store.update("VmDisk", by_boot[e["boot"]]["id"], _restrict(e["data"]))


_OPS = {
    "update_vm_advanced_options": vm_op("Edit advanced options of VM", "vm.update_advanced_options", None,
                                        _advanced_apply),
    "update_vm_host_options": vm_op("Edit host options of VM", "vm.update_host_options", None, _host_options_apply),
    "update_vm_io_policy": vm_op("Edit IO policy of VM", "vm.update_io_policy", None, _io_policy_apply,
                                 validate=_io_policy_validate),
}
for _name, _handler in _OPS.items():
    handles(_name)(_handler)


def _nic_op(description, key, validate, apply):
    """One task per VM NIC the where matches (answering its VM): ``apply(engine, nic, data)``."""
    def handler(call):
        engine = call.engine
        nics = find(engine, "VmNic", call.body["where"])
        for nic in nics:
            validate(engine, nic, call.data)
        out = []
        for nic in nics:
            vm = engine.store.get("Vm", nic["vm"]) if nic["vm"] else None

            def effect(nic_id=nic["id"]):
                current = engine.store.get("VmNic", nic_id)
                if current is None:
                    raise TaskFailure("VM NIC %s no longer exists" % nic_id, "EVmNicNotFound")
                apply(engine, current, call.data)
                owner = engine.store.get("Vm", current["vm"]) if current["vm"] else None
                if owner is not None:
                    vm_ips(engine, owner)
            task = call.task("%s %s" % (description, vm["name"] if vm else nic["id"]), effect, resource_type="Vm",
                             resource_id=nic["vm"], cluster_id=vm["cluster"] if vm else None, key=key)
            out.append(with_task(engine, "Vm", vm, task) if vm else {"task_id": task, "data": None})
        return out
    return handler


def _no_check(engine, nic, d):
    return None


def _advance_validate(engine, nic, d):
    if d.get("connect_vlan_id"):
        require(engine, "Vlan", d["connect_vlan_id"], "data.connect_vlan_id")
    if d.get("nic_id"):
        require(engine, "Nic", d["nic_id"], "data.nic_id")


def _advance_apply(engine, nic, d):
    changes = dict((k, d[k]) for k in ("enabled", "mac_address", "mirror") if k in d)
    if d.get("connect_vlan_id"):
        changes["vlan"] = d["connect_vlan_id"]
    if d.get("nic_id"):
        changes["nic"] = d["nic_id"]
    engine.store.update("VmNic", nic["id"], changes)


def _basic_apply(engine, nic, d):
    engine.store.update("VmNic", nic["id"], dict((k, d[k]) for k in ("gateway", "ip_address", "subnet_mask") if k in d))


def _qos_apply(engine, nic, d):
    changes = {}
    for side in ("ingress", "egress"):
        q = (d.get("qos") or {}).get(side)
        if q is None:
            continue
        changes["%s_rate_limit_enabled" % side] = q["enabled"]
        changes["%s_rate_limit_max_rate_in_bitps" % side] = bits(q.get("rate_limit"), q.get("rate_limit_unit") or "bps")
        changes["%s_rate_limit_burst_in_bit" % side] = bits(q.get("burst"), q.get("burst_unit"))
    engine.store.update("VmNic", nic["id"], changes)


def _vpc_validate(engine, nic, d):
    p = d["vpc_nic"]
    if p.get("vpc_subnet_id"):
        require(engine, "VirtualPrivateCloudSubnet", p["vpc_subnet_id"], "data.vpc_nic.vpc_subnet_id")
    if p.get("floating_ip_id"):
        require(engine, "VirtualPrivateCloudFloatingIp", p["floating_ip_id"], "data.vpc_nic.floating_ip_id")


def _vpc_apply(engine, nic, d):
    current = dict(nic.get("vpc_nic") or {"id": nic["id"], "local_id": nic["local_id"]})
    p = d["vpc_nic"]
    for key, type_name, field in (("vpc_subnet", "VirtualPrivateCloudSubnet", "vpc_subnet_id"),
                                  ("floating_ip", "VirtualPrivateCloudFloatingIp", "floating_ip_id")):
        if p.get(field):
            rec = engine.store.get(type_name, p[field])
            current[key] = {"id": rec["id"], "name": rec.get("name") or ""}
    if p.get("ip_addresses") is not None:
        current["ip_addresses"] = list(p["ip_addresses"])
    engine.store.update("VmNic", nic["id"], {"vpc_nic": current, "type": "VPC"})


handles("update_vm_nic_advance_info")(_nic_op("Edit NIC of VM", "vm.update_nic_advance_info", _advance_validate,
                                              _advance_apply))
handles("update_vm_nic_basic_info")(_nic_op("Edit NIC addresses of VM", "vm.update_nic_basic_info", _no_check,
                                            _basic_apply))
handles("update_vm_nic_qos_option")(_nic_op("Edit NIC QoS of VM", "vm.update_nic_qos", _no_check, _qos_apply))
handles("update_vm_nic_vpc_info")(_nic_op("Edit VPC NIC of VM", "vm.update_vpc_nic", _vpc_validate, _vpc_apply))


def _owner_validate(engine, vm, body):
    d = body["data"]
    if d["search_for"] not in ("id", "username"):
        raise HttpError(400, "data.search_for must be 'id' or 'username', got %r" % d["search_for"])
    users = [u for u in engine.store.all("User") if u[d["search_for"]] == d["value"]]
    if not users:
        raise HttpError(400, "No user has %s %r (data.value)" % (d["search_for"], d["value"]))


def _owner_apply(engine, vm, body):
    d = body["data"]
    user = next(u for u in engine.store.all("User") if u[d["search_for"]] == d["value"])
    engine.store.update("Vm", vm["id"], {"_owner": user["id"]})  # the API shows no owner field on Vm


handles("update_vm_owner")(vm_op("Change owner of VM", "vm.update_owner", None, _owner_apply,
                                 validate=_owner_validate))
