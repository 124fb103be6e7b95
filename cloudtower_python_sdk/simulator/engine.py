# coding: utf-8
"""The simulated CloudTower: the world, its tasks, and what each operation does.

:class:`Engine` answers one already-validated request: ``handle(op, body,
token)`` returns ``(status, json_value)``.  Changes return ``WithTask``
placeholders at once and take effect when their task ends (after
``task_seconds``); the task goes PENDING -> EXECUTING -> SUCCESSED, or
FAILED with an ``error_message`` when the change is not possible then (an
illegal power transition, for example).
"""
import datetime
import json
import threading
import time
import uuid as _uuid

from . import schema, world
from .store import QueryError, Store

_BYTE_UNITS = {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3, "TB": 1024 ** 4, "PB": 1024 ** 5}
_NO_AUTH = ("/login", "/get-version", "/create-root-user")
API_VERSION = "4.6.0"


class HttpError(Exception):
    """An error answer: ``status`` and an ErrorBody message."""

    def __init__(self, status, message, code=None, props=None):
        Exception.__init__(self, message)
        self.status = status
        self.message = message
        self.code = code
        self.props = props


class TaskFailure(Exception):
    """Raised by a task's effect: the task ends FAILED with this message."""

    def __init__(self, message, code="EVmStatusInvalid"):
        Exception.__init__(self, message)
        self.message = message
        self.code = code


def _now():
    """The time in UTC, naive (as the stored timestamps are)."""
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


class Engine(object):
    """The world and the rules; every public method takes the lock."""

    def __init__(self, seed=0, vms=None, task_seconds=0.5, state=None):
        self.lock = threading.RLock()
        self.task_seconds = float(task_seconds)
        self.seed = seed
        self.tokens = {}
        self.passwords = dict(world.PASSWORDS)
        self.active = {}  # task id -> (start time, effect, seq)
        self._seq = 0
        self._dirty = None  # cluster ids whose stats a running settle() refreshes at its end
        self.store = Store(seed)
        if state is not None:
            self._load(state)
        else:
            world.build(self.store, seed, vms)

    # -- persistence -------------------------------------------------------
    def dump(self):
        """The world as a JSON-able dict (unfinished tasks are finished first)."""
        with self.lock:
            self.settle(force=True)
            return {"version": 1, "seed": self.seed, "tables": self.store.tables,
                    "counter": next(self.store._counter), "rng": _rng_state(self.store.rng),
                    "passwords": [[u, s, p] for (u, s), p in self.passwords.items()],
                    "tokens": dict(self.tokens)}  # tokens do not expire: a restart keeps clients logged in

    def save(self, path):
        data = self.dump()
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(data, f)
        import os
        os.replace(tmp, path)

    def _load(self, data):
        import itertools
        import random
        store = self.store
        store._counter = itertools.count(data.get("counter", 1))
        rng = random.Random()
        state = data.get("rng")
        if state:
            rng.setstate((state[0], tuple(state[1]), state[2]))
        store.rng = rng
        self.passwords = dict(((u, s), p) for u, s, p in data.get("passwords", []))
        self.tokens = dict(data.get("tokens") or {})
        for type_name, table in data["tables"].items():
            if type_name not in schema.resource_names():
                continue
            t = store.table(type_name)
            for id_, rec in table.items():
                t[id_] = rec
        for type_name, table in store.tables.items():
            rtype = schema.resource(type_name)
            for key, (card, target) in rtype.relations.items():
                if not rtype.stored(key):
                    continue
                index = store.rev.setdefault((type_name, key), {})
                for id_, rec in table.items():
                    value = rec.get(key)
                    for t in (value or []) if card == "many" else ([value] if value else []):
                        index.setdefault(t, set()).add(id_)

    # -- tasks -------------------------------------------------------------
    def new_task(self, description, effect, resource_type=None, resource_id=None, cluster_id=None,
                 key=None, mutation=None, user_id=None):
        """Create a PENDING task whose ``effect()`` runs when it ends; returns its id."""
        now = time.time()
        self._seq += 1
        rec = self.store.insert("Task", dict(
            description=description, status="PENDING", progress=0.0, internal=False, args={}, snapshot="{}",
            steps=[], key=key, resource_type=resource_type, resource_id=resource_id, resource_mutation=mutation,
            cluster=cluster_id if cluster_id and self.store.get("Cluster", cluster_id) else None,
            user=user_id, local_created_at=world.iso(_now())))
        self.active[rec["id"]] = (now, effect, self._seq)
        return rec["id"]

    def settle(self, force=False):
        """Advance every unfinished task to what its age says (call with the lock)."""
        if not self.active:
            return
        now = time.time()
        span = self.task_seconds
        due = []
        for task_id, (start, effect, seq) in list(self.active.items()):
            task = self.store.get("Task", task_id)
            if task is None:
                del self.active[task_id]
                continue
            age = now - start
            if force or age >= span:
                due.append((start, seq, task_id, effect))
            elif age >= span * 0.3:
                if task["status"] == "PENDING":
                    task["status"] = "EXECUTING"
                    task["started_at"] = world.iso(_now())
                task["progress"] = round(min(0.99, age / span), 2) if span else 0.99
        self._dirty = set()
        try:
            for start, seq, task_id, effect in sorted(due):
                self._finish(task_id, effect)
        finally:
            dirty, self._dirty = self._dirty, None
            if dirty:
                world.refresh_stats(self.store, dirty)

    def refresh(self, *cluster_ids):
        """Recompute the stats of these clusters (their hosts, datacenters, labels): at the end of the
        running settle() -- once, however many tasks touched them -- or now outside of one."""
        ids = set(c for c in cluster_ids if c)
        if self._dirty is not None:
            self._dirty.update(ids)
        elif ids:
            world.refresh_stats(self.store, ids)

    def _finish(self, task_id, effect):
        del self.active[task_id]
        task = self.store.get("Task", task_id)
        if task["started_at"] is None:
            task["started_at"] = world.iso(_now())
        try:
            effect()
        except TaskFailure as e:
            task["status"] = "FAILED"
            task["error_message"] = e.message
            task["error_code"] = e.code
        except Exception as e:  # a simulator bug: fail this task, keep the others (and the ticker) going
            import traceback
            traceback.print_exc()
            task["status"] = "FAILED"
            task["error_message"] = "Simulator error while running the task: %s: %s" % (type(e).__name__, e)
            task["error_code"] = "ESimulatorError"
        else:
            task["status"] = "SUCCESSED"
        task["progress"] = 1.0
        task["finished_at"] = world.iso(_now())

    # -- entry point -------------------------------------------------------
    def authenticate(self, op, token):
        """The user id of ``token``; raises 401 unless ``op`` needs no login."""
        if op.path in _NO_AUTH:
            return None
        user = self.tokens.get(token) if token else None
        if user is None:
            raise HttpError(401, "Unauthorized: call login first and send its token in the Authorization header"
                            if not token else "Unauthorized: the token is not valid")
        return user

    def handle(self, op, body, user_id):
        """Answer one validated request; returns (status, value).

        A request that fails (an HttpError, or a simulator bug) changes nothing: the tasks it
        created are dropped.
        """
        with self.lock:
            self.settle()
            if user_id is not None and self.store.get("User", user_id) is None:
                for token in [t for t, u in self.tokens.items() if u == user_id]:
                    del self.tokens[token]
                raise HttpError(401, "Unauthorized: the user of this token no longer exists")
            _check_list_items(op, body, [])
            seq = self._seq
            try:
                return 200, self._dispatch(op, body, user_id)
            except QueryError as e:
                self._drop_tasks_after(seq)
                raise HttpError(400, str(e), props=e.props)
            except BaseException:
                self._drop_tasks_after(seq)
                raise

    def _drop_tasks_after(self, seq):
        for task_id, (start, effect, task_seq) in list(self.active.items()):
            if task_seq > seq:
                del self.active[task_id]
                self.store.delete("Task", task_id)

    def _dispatch(self, op, body, user_id):
        path = op.path
        query = schema.query_operations().get(path)
        if query is not None:
            type_name, kind = query
            records = self.store.query(type_name, body, count_only=(kind == "count"))
            if kind == "count":
                return {"aggregate": {"count": len(records)}}
            render = self.store.render
            return [render(type_name, r) for r in records]
        special = _SPECIAL.get(op.name)
        if special is not None:
            return special(self, body, user_id)
        generic = _generic_kind(op)
        if generic is not None:
            return generic(self, op, body, user_id)
        raise HttpError(501, "The simulator does not simulate %s (%s %s)" % (op.name, op.http_method, op.path),
                        code=None)

    # -- helpers for effects ------------------------------------------------
    def find(self, type_name, where):
        return self.store.query(type_name, {"where": where} if where is not None else {})

    def require(self, type_name, id_, what):
        rec = self.store.get(type_name, id_) if id_ else None
        if rec is None:
            raise HttpError(400, "%s %r not found (%s)" % (type_name, id_, what))
        return rec

    def with_task(self, type_name, rec, task_id, shape=None):
        return {"task_id": task_id, "data": self.store.render(type_name, rec, shape)}

    def draft(self, type_name, values):
        """A not-yet-stored record (the placeholder of a WithTask answer)."""
        rtype = schema.resource(type_name)
        template, mutable = rtype.template()
        rec = dict(template)
        for k in mutable:
            rec[k] = [] if isinstance(template[k], list) else dict(template[k])
        rec.update(values)
        rec.setdefault("id", self.store.new_id())
        if not rec.get("id"):
            rec["id"] = self.store.new_id()
        return rec


def _where_path(path):
    out = ""
    for p in path:
        out += "[%d]" % p if isinstance(p, int) else ("." if out else "") + p
    return out


def _check_list_items(op, value, path):
    """A null list item is a 400 naming it (Tower refuses them), except in ``x_in``/``x_not_in``
    filters, where Prisma reads ``[null]`` as IS NULL."""
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)):
                _check_list_items(op, v, path + [k])
    elif isinstance(value, list):
        in_filter = bool(path) and isinstance(path[-1], str) and path[-1].endswith("_in")
        for i, v in enumerate(value):
            if v is None and not in_filter:
                raise HttpError(400, "Invalid value for '%s' of %s: a list item is null" % (
                    _where_path(path + [i]), op.name), props={"path": path + [i]})
            if isinstance(v, (dict, list)):
                _check_list_items(op, v, path + [i])


def _rng_state(rng):
    s = rng.getstate()
    return [s[0], list(s[1]), s[2]]


# =====================================================================================
# Users
# =====================================================================================

def _login(engine, body, user_id):
    source = body.get("source") or "LOCAL"
    key = (body["username"], source)
    if engine.passwords.get(key) != body["password"]:
        raise HttpError(400, "Invalid username or password", code=None)
    user = next((u for u in engine.store.all("User") if u["username"] == body["username"] and u["source"] == source), None)
    if user is None:
        raise HttpError(400, "Invalid username or password")
    token = _uuid.UUID(int=engine.store.rng.getrandbits(128)).hex
    engine.tokens[token] = user["id"]
    return {"task_id": None, "data": {"token": token}}


def _get_version(engine, body, user_id):
    return API_VERSION


def _get_my_info(engine, body, user_id):
    return engine.store.render("User", engine.store.get("User", user_id))


def _create_root_user(engine, body, user_id):
    raise HttpError(400, "The root user already exists")


# =====================================================================================
# VMs
# =====================================================================================

def _vm_targets(engine, body):
    return engine.find("Vm", body.get("where"))


def _cluster_refresh(engine, *cluster_ids):
    engine.refresh(*cluster_ids)


def _bytes(value, unit):
    return int(value * _BYTE_UNITS.get(unit or "B", 1))


def _check_vlan(engine, vlan_id, cluster_id, what):
    vlan = engine.require("Vlan", vlan_id, what)
    vds = engine.store.get("Vds", vlan["vds"])
    if cluster_id and vds is not None and vds["cluster"] != cluster_id:
        raise HttpError(400, "Vlan %r is not in the cluster of the VM (%s)" % (vlan_id, what))
    return vlan


def _check_disks(engine, disks, cluster_id, path):
    """Check the references of a VmDiskParams before anything is changed."""
    disks = disks or {}
    for i, cd in enumerate(disks.get("mount_cd_roms") or []):
        if cd.get("elf_image_id"):
            engine.require("ElfImage", cd["elf_image_id"], "%s.mount_cd_roms[%d].elf_image_id" % (path, i))
    for i, d in enumerate(disks.get("mount_disks") or []):
        vol = engine.require("VmVolume", d["vm_volume_id"], "%s.mount_disks[%d].vm_volume_id" % (path, i))
        if cluster_id and vol["cluster"] != cluster_id:
            raise HttpError(400, "VmVolume %r is in another cluster (%s.mount_disks[%d])" % (d["vm_volume_id"], path, i))


def _add_disks(engine, vm, disks, defaults=None):
    store = engine.store
    existing = store.related("Vm", vm, "vm_disks")
    next_key = max([d["key"] or 0 for d in existing] + [-1]) + 1
    for cd in disks.get("mount_cd_roms") or []:
        store.insert("VmDisk", dict(vm=vm["id"], type="CD_ROM", bus="IDE", boot=cd.get("boot", 0),
                                    key=cd.get("key", cd.get("index", next_key)), elf_image=cd.get("elf_image_id"),
                                    device="hd%s" % "abcdefghijklmnop"[next_key % 16], disabled=False))
        next_key += 1
    for d in disks.get("mount_disks") or []:
        store.insert("VmDisk", dict(vm=vm["id"], type="DISK", bus=d["bus"], boot=d["boot"],
                                    key=d.get("key", d.get("index", next_key)), vm_volume=d["vm_volume_id"],
                                    max_iops=d.get("max_iops"), max_bandwidth=d.get("max_bandwidth"),
                                    device="vd%s" % "abcdefghijklmnop"[next_key % 16], disabled=False))
        vol = store.get("VmVolume", d["vm_volume_id"])
        if vol is not None:
            vol["mounting"] = True
        next_key += 1
    for d in disks.get("mount_new_create_disks") or []:
        v = d["vm_volume"]
        cluster = store.get("Cluster", vm["cluster"])
        vol = store.insert("VmVolume", dict(
            name=v["name"], cluster=vm["cluster"], size=_bytes(v["size"], v.get("size_unit")),
            elf_storage_policy=v["elf_storage_policy"], local_id=store.new_uuid(), mounting=True, sharing=False,
            path=v.get("path") or "/usr/share/smartx/volumes/%s" % store.new_uuid(), type="KVM_VOLUME",
            local_created_at=world.iso(_now()), description="", used_size=0, unique_size=0))
        store.insert("VmDisk", dict(vm=vm["id"], type="DISK", bus=d["bus"], boot=d["boot"],
                                    key=d.get("key", d.get("index", next_key)), vm_volume=vol["id"],
                                    device="vd%s" % "abcdefghijklmnop"[next_key % 16], disabled=False))
        next_key += 1
        del cluster
    _vm_size(engine, vm)


def _vm_size(engine, vm):
    size = 0
    for d in engine.store.related("Vm", vm, "vm_disks"):
        if d["type"] == "DISK" and d["vm_volume"]:
            vol = engine.store.get("VmVolume", d["vm_volume"])
            size += vol["size"] if vol else 0
    vm["size"] = vm["provisioned_size"] = vm["logical_size_bytes"] = size


def _add_nics(engine, vm, nics):
    store = engine.store
    existing = store.related("Vm", vm, "vm_nics")
    order = max([n["order"] or 0 for n in existing] + [-1]) + 1
    for n in nics:
        store.insert("VmNic", dict(
            vm=vm["id"], vlan=n.get("connect_vlan_id"), model=n.get("model") or "VIRTIO",
            enabled=n.get("enabled", True), mirror=n.get("mirror", False), type=n.get("type") or "VLAN",
            mac_address=n.get("mac_address") or world._mac(store.rng), ip_address=n.get("ip_address"),
            gateway=n.get("gateway"), subnet_mask=n.get("subnet_mask"), local_id=n.get("local_id") or store.new_uuid(),
            order=order, interface_id="vnet%d" % order))
        order += 1
    _vm_ips(engine, vm)


def _vm_ips(engine, vm):
    vm["ips"] = ",".join(n["ip_address"] for n in _nics(engine, vm) if n["ip_address"])


def _nics(engine, vm):
    return sorted(engine.store.related("Vm", vm, "vm_nics"), key=lambda n: (n["order"] or 0, n["id"]))


def _pick_host(engine, cluster_id, exclude=None, host_id=None):
    store = engine.store
    if host_id:
        host = store.get("Host", host_id)
        if host is None or host["cluster"] != cluster_id:
            raise TaskFailure("Host %s is not in the cluster of the VM" % host_id, "EHostNotFound")
        if host["status"] not in ("CONNECTED_HEALTHY", "CONNECTED_WARNING") or host["state"] != "IN_USE":
            raise TaskFailure("Host %s is not available (state %s, status %s)" % (host["name"], host["state"], host["status"]),
                              "EHostNotAvailable")
        return host
    cluster = store.get("Cluster", cluster_id)
    candidates = [h for h in store.related("Cluster", cluster, "hosts") if h["state"] == "IN_USE"
                  and h["status"] in ("CONNECTED_HEALTHY", "CONNECTED_WARNING") and h["id"] != exclude]
    if not candidates:
        raise TaskFailure("No host of cluster %s can run the VM" % (cluster["name"] if cluster else cluster_id),
                          "ENoAvailableHost")
    candidates.sort(key=lambda h: (h["status"] != "CONNECTED_HEALTHY", engine.store.related_count("Host", h, "vms"), h["id"]))
    return candidates[0]


def _vm_values(params, cluster_id):
    cores, sockets = params.get("cpu_cores"), params.get("cpu_sockets")
    vcpu = params.get("vcpu")
    if cores is not None and sockets is not None and vcpu is not None and vcpu != cores * sockets:
        raise HttpError(400, "vcpu (%d) must equal cpu_cores * cpu_sockets (%d * %d)" % (vcpu, cores, sockets))
    return vcpu


def _create_vm(engine, body, user_id):
    store = engine.store
    out, plans = [], []
    for i, p in enumerate(body):
        cluster = engine.require("Cluster", p["cluster_id"], "[%d].cluster_id" % i)
        if cluster["hypervisor"] != "ELF":
            raise HttpError(400, "Cluster %s is not an ELF cluster; the simulator creates VMs on ELF clusters only"
                            % cluster["name"])
        vcpu = _vm_values(p, cluster["id"])
        if p.get("host_id"):
            engine.require("Host", p["host_id"], "[%d].host_id" % i)
        _check_disks(engine, p.get("vm_disks"), cluster["id"], "[%d].vm_disks" % i)
        for j, n in enumerate(p.get("vm_nics") or []):
            if n.get("connect_vlan_id"):
                _check_vlan(engine, n["connect_vlan_id"], cluster["id"], "[%d].vm_nics[%d].connect_vlan_id" % (i, j))
        values = _new_vm_values(store, p, cluster, vcpu or p["cpu_cores"] * p["cpu_sockets"])
        plans.append((values, p))
    for values, p in plans:
        draft = engine.draft("Vm", values)
        draft["status"] = "STOPPED"
        task = engine.new_task("Create VM %s" % p["name"], _effect_create_vm(engine, values, p.get("vm_disks") or {},
                                                                         p.get("vm_nics") or [], p.get("status"),
                                                                         p.get("host_id")),
                               "Vm", values["id"], values["cluster"], "vm.create", "createVm", user_id)
        out.append(engine.with_task("Vm", draft, task))
    return out


def _new_vm_values(store, p, cluster, vcpu):
    return dict(id=store.new_id(), name=p["name"], description=p.get("description") or "", cluster=cluster["id"],
                status="STOPPED", vcpu=vcpu, cpu={"cores": p["cpu_cores"], "sockets": p["cpu_sockets"]},
                memory=_bytes(p["memory"], p.get("memory_unit")), ha=p["ha"], firmware=p["firmware"],
                clock_offset="UTC", cpu_model="cluster_default", guest_os_type=p.get("guest_os_type") or "UNKNOWN",
                vm_tools_status="NOT_INSTALLED", in_recycle_bin=False, internal=False, protected=False,
                nested_virtualization=False, win_opt=p.get("guest_os_type") == "WINDOWS", local_id=store.new_uuid(),
                node_ip="", ips="", local_created_at=world.iso(_now()), out_uninstall_usb=[], video_type="CIRRUS",
                io_policy=p.get("io_policy"), max_iops=p.get("max_iops"), max_iops_policy=p.get("max_iops_policy"),
                max_bandwidth=p.get("max_bandwidth"), max_bandwidth_policy=p.get("max_bandwidth_policy"),
                folder=p.get("folder_id"), cpu_usage=0.0, memory_usage=0.0, size=0)


def _effect_create_vm(engine, values, disks, nics, status, host_id, template_disks=None):
    def effect():
        store = engine.store
        vm = store.insert("Vm", values)
        if template_disks:
            template_disks(vm)
        _add_disks(engine, vm, disks)
        _add_nics(engine, vm, nics)
        if status == "RUNNING":
            host = _pick_host(engine, vm["cluster"], host_id=host_id)
            vm["status"] = "RUNNING"
            vm["_host_pending"] = host["id"]
            _settle_host(engine, vm)
        _cluster_refresh(engine, vm["cluster"])
    return effect


def _create_vm_from_template(engine, body, user_id):
    store = engine.store
    out, plans = [], []
    for i, p in enumerate(body):
        tpl = engine.require("VmTemplate", p["template_id"], "[%d].template_id" % i)
        cluster = engine.require("Cluster", p.get("cluster_id") or tpl["cluster"], "[%d].cluster_id" % i)
        merged = {
            "name": p["name"], "description": p.get("description", tpl["description"]),
            "cpu_cores": p.get("cpu_cores", tpl["cpu"]["cores"]), "cpu_sockets": p.get("cpu_sockets", tpl["cpu"]["sockets"]),
            "memory": p.get("memory", tpl["memory"]), "memory_unit": p.get("memory_unit"),
            "ha": p.get("ha", tpl["ha"]), "firmware": p.get("firmware", tpl["firmware"]),
            "guest_os_type": p.get("guest_os_type"), "io_policy": p.get("io_policy"), "folder_id": p.get("folder_id"),
        }
        vcpu = _vm_values(dict(merged, vcpu=p.get("vcpu")), cluster["id"])
        op = p.get("disk_operate") or {}
        frozen = [d for d in tpl["vm_disks"] or []]
        n_disks = len(frozen)
        for j in (op.get("remove_disks") or {}).get("disk_index", []):
            if not 0 <= j < n_disks:
                raise HttpError(400, "disk_operate.remove_disks.disk_index %d: the template has %d disks" % (j, n_disks))
        for m in op.get("modify_disks") or []:
            if not 0 <= m["disk_index"] < n_disks:
                raise HttpError(400, "disk_operate.modify_disks.disk_index %d: the template has %d disks"
                                % (m["disk_index"], n_disks))
            if m.get("vm_volume_id"):
                engine.require("VmVolume", m["vm_volume_id"], "disk_operate.modify_disks.vm_volume_id")
        _check_disks(engine, op.get("new_disks"), cluster["id"], "[%d].disk_operate.new_disks" % i)
        nics = p.get("vm_nics")
        if nics is not None:
            for j, n in enumerate(nics):
                if n.get("connect_vlan_id"):
                    _check_vlan(engine, n["connect_vlan_id"], cluster["id"], "[%d].vm_nics[%d].connect_vlan_id" % (i, j))
        else:
            nics = []
            for n in tpl["vm_nics"] or []:
                vlan = next((v for v in store.all("Vlan") if v["local_id"] == n["vlan"]["vlan_local_id"]), None)
                nics.append({"connect_vlan_id": vlan["id"] if vlan else None, "model": n.get("model"),
                             "enabled": n.get("enabled", True), "mirror": n.get("mirror", False)})
        values = _new_vm_values(store, merged, cluster, vcpu or merged["cpu_cores"] * merged["cpu_sockets"])
        values["clock_offset"] = tpl["clock_offset"]
        values["win_opt"] = tpl["win_opt"]
        plans.append((values, p, tpl, op, nics))
    for values, p, tpl, op, nics in plans:
        draft = engine.draft("Vm", values)
        task = engine.new_task("Create VM %s from template %s" % (p["name"], tpl["name"]),
                               _effect_create_vm(engine, values, op.get("new_disks") or {}, nics, p.get("status"),
                                                 p.get("host_id"), _template_disks(engine, tpl, op)),
                               "Vm", values["id"], values["cluster"], "vm.create_from_template",
                               "createVmFromTemplate", user_id)
        out.append(engine.with_task("Vm", draft, task))
    return out


def _template_disks(engine, tpl, op):
    removed = set((op.get("remove_disks") or {}).get("disk_index", []))
    modified = dict((m["disk_index"], m) for m in op.get("modify_disks") or [])

    def apply(vm):
        store = engine.store
        for j, d in enumerate(tpl["vm_disks"] or []):
            if j in removed:
                continue
            m = modified.get(j, {})
            if d["type"] == "CD_ROM":
                img = next((x for x in store.all("ElfImage") if x["local_id"] == d["elf_image_local_id"]), None)
                store.insert("VmDisk", dict(vm=vm["id"], type="CD_ROM", bus=m.get("bus") or d["bus"], boot=d["boot"],
                                            key=d.get("key", j), elf_image=img["id"] if img else None,
                                            device="hd%s" % "abcdefgh"[j % 8], disabled=False))
                continue
            if m.get("vm_volume_id"):
                vol = store.get("VmVolume", m["vm_volume_id"])
                vol["mounting"] = True
            else:
                vol = store.insert("VmVolume", dict(
                    name="%s-disk-%d" % (vm["name"], j), cluster=vm["cluster"], size=d["size"],
                    elf_storage_policy="REPLICA_2_THIN_PROVISION", local_id=store.new_uuid(), mounting=True,
                    sharing=False, path="/usr/share/smartx/volumes/%s" % store.new_uuid(), type="KVM_VOLUME",
                    local_created_at=world.iso(_now()), description="", used_size=0, unique_size=0))
            store.insert("VmDisk", dict(vm=vm["id"], type="DISK", bus=m.get("bus") or d["bus"], boot=d["boot"],
                                        key=d.get("key", j), vm_volume=vol["id"],
                                        device="vd%s" % "abcdefgh"[j % 8], disabled=False))
    return apply


# -- per-VM operations --------------------------------------------------------------

def _vm_op(description, key, check=None, apply=None, returns="Vm", validate=None):
    """An operation applied to each VM its ``where`` matches, one task per VM."""
    def handler(engine, body, user_id):
        vms = _vm_targets(engine, body)
        if validate is not None:
            for vm in vms:
                validate(engine, vm, body)
        out = []
        for vm in vms:
            vm_id = vm["id"]

            def effect(vm_id=vm_id):
                current = engine.store.get("Vm", vm_id)
                if current is None:
                    raise TaskFailure("VM %s no longer exists" % vm_id, "EVmNotFound")
                if check is not None:
                    check(engine, current, body)
                if apply is not None:
                    apply(engine, current, body)
                _settle_host(engine, current)
                _cluster_refresh(engine, current["cluster"])
            task = engine.new_task("%s %s" % (description, vm["name"]), effect, "Vm", vm_id, vm["cluster"],
                                   key, key.split(".")[-1], user_id)
            if returns == "Vm":
                out.append(engine.with_task("Vm", vm, task))
            else:
                out.append({"task_id": task, "data": {"id": vm_id}})
        return out
    return handler


def _settle_host(engine, vm):
    pending = vm.pop("_host_pending", _MISSING_HOST)
    if pending is not _MISSING_HOST:
        engine.store.set("Vm", vm["id"], "host", pending)
        host = engine.store.get("Host", pending) if pending else None
        vm["node_ip"] = host["management_ip"] if host else ""


_MISSING_HOST = object()


def _require_status(action, *allowed):
    def check(engine, vm, body):
        if vm["in_recycle_bin"]:
            raise TaskFailure("Cannot %s VM %s: it is in the recycle bin" % (action, vm["name"]), "EVmInRecycleBin")
        if vm["status"] not in allowed:
            raise TaskFailure("Cannot %s VM %s: its status is %s, and %s requires %s"
                              % (action, vm["name"], vm["status"], action, " or ".join(allowed)), "EVmStatusInvalid")
    return check


def _set_status(status, clear_host=False):
    def apply(engine, vm, body):
        vm["status"] = status
        if status == "STOPPED":
            vm["last_shutdown_time"] = world.iso(_now())
            vm["cpu_usage"] = vm["memory_usage"] = 0.0
            if vm["vm_tools_status"] == "RUNNING":
                vm["vm_tools_status"] = "NOT_RUNNING"
    return apply


def _start_apply(engine, vm, body):
    host = _pick_host(engine, vm["cluster"], host_id=((body.get("data") or {}).get("host_id")))
    vm["status"] = "RUNNING"
    vm["_host_pending"] = host["id"]


def _migrate_check(engine, vm, body):
    _require_status("migrate", "RUNNING", "STOPPED")(engine, vm, body)


def _migrate_apply(engine, vm, body):
    host_id = (body.get("data") or {}).get("host_id")
    if host_id and host_id == vm["host"]:
        raise TaskFailure("VM %s is already on host %s" % (vm["name"], engine.store.get("Host", host_id)["name"]),
                          "EVmAlreadyOnHost")
    host = _pick_host(engine, vm["cluster"], exclude=vm["host"], host_id=host_id)
    vm["_host_pending"] = host["id"]


def _validate_host(engine, vm, body):
    host_id = (body.get("data") or {}).get("host_id")
    if host_id:
        engine.require("Host", host_id, "data.host_id")


def _update_vm_validate(engine, vm, body):
    d = body["data"]
    cores = d.get("cpu_cores", vm["cpu"]["cores"])
    sockets = d.get("cpu_sockets", vm["cpu"]["sockets"])
    if "vcpu" in d and d["vcpu"] != cores * sockets:
        raise HttpError(400, "data.vcpu (%d) must equal cpu_cores * cpu_sockets (%d * %d)" % (d["vcpu"], cores, sockets))


def _update_vm_apply(engine, vm, body):
    d = body["data"]
    for k in ("name", "description", "ha"):
        if k in d:
            vm[k] = d[k]
    if "memory" in d:
        vm["memory"] = _bytes(d["memory"], d.get("memory_unit"))
    cores = d.get("cpu_cores", vm["cpu"]["cores"])
    sockets = d.get("cpu_sockets", vm["cpu"]["sockets"])
    vm["cpu"] = {"cores": cores, "sockets": sockets}
    vm["vcpu"] = d.get("vcpu", cores * sockets)


def _add_cd_rom_validate(engine, vm, body):
    _check_disks(engine, {"mount_cd_roms": body["data"]["vm_cd_roms"]}, vm["cluster"], "data")


def _add_cd_rom_apply(engine, vm, body):
    _add_disks(engine, vm, {"mount_cd_roms": body["data"]["vm_cd_roms"]})


def _remove_disks_apply(kind, key):
    def apply(engine, vm, body):
        ids = body["data"][key]
        mine = dict((d["id"], d) for d in engine.store.related("Vm", vm, "vm_disks"))
        missing = [i for i in ids if i not in mine or mine[i]["type"] != kind]
        if missing:
            raise TaskFailure("VM %s has no %s %s" % (vm["name"], "CD-ROM" if kind == "CD_ROM" else "disk",
                                                       ", ".join(missing)), "EVmDiskNotFound")
        for i in ids:
            vol_id = mine[i]["vm_volume"]
            engine.store.delete("VmDisk", i)
            vol = engine.store.get("VmVolume", vol_id) if vol_id else None
            if vol is not None and not engine.store.related_ids("VmVolume", vol, "vm_disks"):
                vol["mounting"] = False
        _vm_size(engine, vm)
    return apply


def _add_disk_validate(engine, vm, body):
    _check_disks(engine, body["data"]["vm_disks"], vm["cluster"], "data.vm_disks")


def _add_disk_apply(engine, vm, body):
    _add_disks(engine, vm, body["data"]["vm_disks"])


def _add_nic_validate(engine, vm, body):
    for j, n in enumerate(body["data"]["vm_nics"]):
        if n.get("connect_vlan_id"):
            _check_vlan(engine, n["connect_vlan_id"], vm["cluster"], "data.vm_nics[%d].connect_vlan_id" % j)


def _add_nic_apply(engine, vm, body):
    _add_nics(engine, vm, body["data"]["vm_nics"])


def _update_nic_validate(engine, vm, body):
    d = body["data"]
    if d.get("connect_vlan_id"):
        _check_vlan(engine, d["connect_vlan_id"], vm["cluster"], "data.connect_vlan_id")


def _update_nic_apply(engine, vm, body):
    d = body["data"]
    nics = _nics(engine, vm)
    if not 0 <= d["nic_index"] < len(nics):
        raise TaskFailure("VM %s has no NIC with index %d (it has %d)" % (vm["name"], d["nic_index"], len(nics)),
                          "EVmNicNotFound")
    nic = nics[d["nic_index"]]
    for k in ("enabled", "mirror", "mac_address", "ip_address", "gateway", "subnet_mask", "model"):
        if k in d:
            nic[k] = d[k]
    if d.get("connect_vlan_id"):
        engine.store.set("VmNic", nic["id"], "vlan", d["connect_vlan_id"])
    _vm_ips(engine, vm)


def _remove_nic_apply(engine, vm, body):
    nics = _nics(engine, vm)
    idx = body["data"]["nic_index"]
    bad = [i for i in idx if not 0 <= i < len(nics)]
    if bad:
        raise TaskFailure("VM %s has no NIC with index %s (it has %d)" % (vm["name"], ", ".join(map(str, bad)), len(nics)),
                          "EVmNicNotFound")
    for i in sorted(set(idx)):
        engine.store.delete("VmNic", nics[i]["id"])
    _vm_ips(engine, vm)


def _recycle_check(engine, vm, body):
    if vm["in_recycle_bin"]:
        raise TaskFailure("VM %s is already in the recycle bin" % vm["name"], "EVmInRecycleBin")


def _recycle_apply(engine, vm, body):
    if vm["status"] in ("RUNNING", "SUSPENDED"):
        _set_status("STOPPED")(engine, vm, body)
        vm["_host_pending"] = None
    vm["in_recycle_bin"] = True
    vm["deleted_at"] = world.iso(_now())


def _recover_check(engine, vm, body):
    if not vm["in_recycle_bin"]:
        raise TaskFailure("VM %s is not in the recycle bin" % vm["name"], "EVmNotInRecycleBin")


def _recover_apply(engine, vm, body):
    vm["in_recycle_bin"] = False
    vm["deleted_at"] = None


def _delete_apply(engine, vm, body):
    store = engine.store
    include_snapshots = ((body.get("effect") or {}).get("include_snapshots"))
    for d in store.related("Vm", vm, "vm_disks"):
        vol_id = d["vm_volume"]
        store.delete("VmDisk", d["id"])
        vol = store.get("VmVolume", vol_id) if vol_id else None
        if vol is not None and not store.related_ids("VmVolume", vol, "vm_disks"):
            store.delete("VmVolume", vol_id)
    for n in store.related("Vm", vm, "vm_nics"):
        store.delete("VmNic", n["id"])
    for s in store.related("Vm", vm, "snapshots"):
        if include_snapshots:
            store.delete("VmSnapshot", s["id"])
        else:
            store.set("VmSnapshot", s["id"], "vm", None)
    for key in schema.resource("Vm").relations:
        store.set("Vm", vm["id"], key, [] if schema.resource("Vm").relations[key][0] == "many" else None)
    vm["_deleted"] = True


def _delete_vm(engine, body, user_id):
    vms = _vm_targets(engine, body)
    out = []
    for vm in vms:
        vm_id, cluster_id = vm["id"], vm["cluster"]

        def effect(vm_id=vm_id, cluster_id=cluster_id):
            current = engine.store.get("Vm", vm_id)
            if current is None:
                raise TaskFailure("VM %s no longer exists" % vm_id, "EVmNotFound")
            _delete_apply(engine, current, body)
            engine.store.delete("Vm", vm_id)
            _cluster_refresh(engine, cluster_id)
        task = engine.new_task("Delete VM %s" % vm["name"], effect, "Vm", vm_id, cluster_id, "vm.delete", "deleteVm",
                               user_id)
        out.append({"task_id": task, "data": {"id": vm_id}})
    return out


# -- snapshots, settings ---------------------------------------------------------------

def _create_vm_snapshot(engine, body, user_id):
    out, plans = [], []
    for i, p in enumerate(body["data"]):
        vm = engine.require("Vm", p["vm_id"], "data[%d].vm_id" % i)
        plans.append((vm, p))
    for vm, p in plans:
        draft = engine.draft("VmSnapshot", dict(name=p["name"], vm=vm["id"], cluster=vm["cluster"],
                                                consistent_type=p.get("consistent_type") or "CRASH_CONSISTENT",
                                                vcpu=vm["vcpu"], cpu=dict(vm["cpu"]), memory=vm["memory"], ha=vm["ha"],
                                                firmware=vm["firmware"], clock_offset=vm["clock_offset"],
                                                cpu_model=vm["cpu_model"], win_opt=vm["win_opt"], size=vm["size"] or 0,
                                                local_id=engine.store.new_uuid()))
        snap_id = draft["id"]

        def effect(vm_id=vm["id"], p=p, snap_id=snap_id, local_id=draft["local_id"]):
            current = engine.store.get("Vm", vm_id)
            if current is None:
                raise TaskFailure("VM %s no longer exists" % vm_id, "EVmNotFound")
            if p.get("consistent_type") == "FILE_SYSTEM_CONSISTENT" and current["vm_tools_status"] != "RUNNING":
                raise TaskFailure("Cannot create a file-system-consistent snapshot of VM %s: VMTools is not running"
                                  % current["name"], "EVmToolsNotRunning")
            snap = world.snapshot_vm(engine.store, current, p["name"], p.get("consistent_type") or "CRASH_CONSISTENT",
                                     world.iso(_now()), snap_id=snap_id)
            snap["local_id"] = local_id
        task = engine.new_task("Create snapshot %s of VM %s" % (p["name"], vm["name"]), effect, "VmSnapshot",
                               snap_id, vm["cluster"], "vm_snapshot.create", "createVmSnapshot", user_id)
        out.append(engine.with_task("VmSnapshot", draft, task))
    return out


def _update_global_recycle_bin(engine, body, user_id):
    settings = engine.store.all("GlobalSettings")[0]
    value = {"enabled": body["enabled"], "retain": body["retain"]}

    def effect():
        settings["vm_recycle_bin"] = value
    task = engine.new_task("Update the recycle bin setting", effect, "GlobalSettings", settings["id"], None,
                           "global_settings.update", "updateGlobalRecycleBinSetting", user_id)
    draft = dict(settings, vm_recycle_bin=value)
    return {"task_id": task, "data": engine.store.render("GlobalSettings", draft)}


def _cluster_recycle_bin(mode):
    def handler(engine, body, user_id):
        store = engine.store
        clusters = engine.find("Cluster", body["where"])
        out = []
        for c in clusters:
            settings = store.one("Cluster", c, "settings")
            value = (body.get("data") or {}) if mode != "delete" else None
            value = {"enabled": value["enabled"], "retain": value["retain"]} if value else None
            if settings is None:
                settings = engine.draft("ClusterSettings", {"cluster": c["id"]})
                exists = False
            else:
                exists = True

            def effect(c=c, value=value, settings=settings, exists=exists):
                rec = settings
                if not exists:
                    rec = store.insert("ClusterSettings", {"id": settings["id"], "cluster": c["id"]})
                rec["vm_recycle_bin"] = value
            task = engine.new_task("%s the recycle bin setting of cluster %s" % (mode.capitalize(), c["name"]), effect,
                                   "ClusterSettings", settings["id"], c["id"], "cluster_settings." + mode,
                                   mode + "ClusterRecycleBinSetting", user_id)
            if mode == "delete":
                out.append({"task_id": task, "data": {"id": settings["id"]}})
            else:
                out.append({"task_id": task, "data": store.render("ClusterSettings", dict(settings, vm_recycle_bin=value))})
        return out
    return handler


# =====================================================================================
# Generic create / update / delete of any resource type
# =====================================================================================

def _generic_kind(op):
    returns = op.returns or ""
    inner = returns[5:-1] if returns.startswith("list[") else returns
    names = schema.resource_names()
    verb = op.path[1:].split("-")[0]
    if verb == "delete" and inner.startswith("WithTaskDelete") and inner[14:] in names:
        return _generic(inner[14:], "delete", returns.startswith("list["))
    if verb in ("create", "update") and inner.startswith("WithTask") and inner[8:] in names:
        return _generic(inner[8:], verb, returns.startswith("list["))
    return None


def _generic(type_name, verb, many):
    def handler(engine, op, body, user_id):
        store = engine.store
        rtype = schema.resource(type_name)
        out = []
        if verb == "create":
            items = body if isinstance(body, list) else (body.get("data") if isinstance(body, dict) and isinstance(
                body.get("data"), list) and "where" not in body else [body])
            plans = [_map_values(engine, rtype, item or {}) for item in items]
            for values in plans:
                values["id"] = store.new_id()
                draft = engine.draft(type_name, values)

                def effect(values=values):
                    store.insert(type_name, values, world.iso(_now()))
                task = engine.new_task("Create %s %s" % (type_name, values.get("name", values["id"])), effect,
                                       type_name, values["id"], values.get("cluster"), _snake(type_name) + ".create",
                                       op.name, user_id)
                out.append(engine.with_task(type_name, draft, task))
        else:
            where = body.get("where") if isinstance(body, dict) else None
            targets = engine.find(type_name, where)
            values = _map_values(engine, rtype, body.get("data") or {}) if verb == "update" else None
            for rec in targets:
                rec_id = rec["id"]

                def effect(rec_id=rec_id):
                    if store.get(type_name, rec_id) is None:
                        raise TaskFailure("%s %s no longer exists" % (type_name, rec_id), "EResourceNotFound")
                    if verb == "update":
                        store.update(type_name, rec_id, values)
                    else:
                        store.delete(type_name, rec_id)
                cluster = rec.get("cluster") if isinstance(rec.get("cluster"), str) else None
                task = engine.new_task("%s %s %s" % (verb.capitalize(), type_name, rec.get("name") or rec_id), effect,
                                       type_name, rec_id, cluster, "%s.%s" % (_snake(type_name), verb), op.name, user_id)
                if verb == "delete":
                    out.append({"task_id": task, "data": {"id": rec_id}})
                else:
                    out.append(engine.with_task(type_name, rec, task))
        return out if many else (out[0] if out else None)
    return handler


def _snake(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out += "_"
        out += ch.lower()
    return out


def _map_values(engine, rtype, data):
    """Creation/updation params -> record values: same-named fields, ``x_id``/``x_ids`` and where-inputs for relations."""
    values = {}
    for key, value in data.items():
        if key in rtype.relations:
            card, target = rtype.relations[key]
            if isinstance(value, dict):  # a where-input
                ids = [r["id"] for r in engine.find(target, value)]
                values[key] = ids if card == "many" else (ids[0] if ids else None)
            elif isinstance(value, (str, list)):
                values[key] = value
        elif key in rtype.fields:
            if not isinstance(value, dict) or not rtype.fields[key].type_str.endswith("WhereInput"):
                values[key] = value
        elif key.endswith("_id") and key[:-3] in rtype.relations:
            engine.require(rtype.relations[key[:-3]][1], value, key)
            values[key[:-3]] = value
        elif key.endswith("_ids") and key[:-4] + "s" in rtype.relations:
            values[key[:-4] + "s"] = list(value)
    return values


_SPECIAL = {
    "login": _login,
    "get_api_version": _get_version,
    "get_my_info": _get_my_info,
    "create_root_user": _create_root_user,
    "create_vm": _create_vm,
    "create_vm_from_template": _create_vm_from_template,
    "update_vm": _vm_op("Edit VM", "vm.update", _require_status("edit", "RUNNING", "STOPPED", "SUSPENDED"),
                        _update_vm_apply, validate=_update_vm_validate),
    "add_vm_cd_rom": _vm_op("Add CD-ROM to VM", "vm.add_cd_rom", None, _add_cd_rom_apply, validate=_add_cd_rom_validate),
    "remove_vm_cd_rom": _vm_op("Remove CD-ROM from VM", "vm.remove_cd_rom", None,
                               _remove_disks_apply("CD_ROM", "cd_rom_ids")),
    "add_vm_disk": _vm_op("Add disk to VM", "vm.add_disk", None, _add_disk_apply, validate=_add_disk_validate),
    "remove_vm_disk": _vm_op("Remove disk from VM", "vm.remove_disk", None, _remove_disks_apply("DISK", "disk_ids")),
    "add_vm_nic": _vm_op("Add NIC to VM", "vm.add_nic", None, _add_nic_apply, validate=_add_nic_validate),
    "update_vm_nic": _vm_op("Edit NIC of VM", "vm.update_nic", None, _update_nic_apply, validate=_update_nic_validate),
    "remove_vm_nic": _vm_op("Remove NIC from VM", "vm.remove_nic", None, _remove_nic_apply),
    "migrate_vm": _vm_op("Migrate VM", "vm.migrate", _migrate_check, _migrate_apply, validate=_validate_host),
    "start_vm": _vm_op("Start VM", "vm.start", _require_status("start", "STOPPED"), _start_apply,
                       validate=_validate_host),
    "shut_down_vm": _vm_op("Shut down VM", "vm.shutdown", _require_status("shut down", "RUNNING"),
                           _set_status("STOPPED")),
    "poweroff_vm": _vm_op("Power off VM", "vm.poweroff", _require_status("power off", "RUNNING", "SUSPENDED"),
                          _set_status("STOPPED")),
    "restart_vm": _vm_op("Restart VM", "vm.restart", _require_status("restart", "RUNNING"), _set_status("RUNNING")),
    "force_restart_vm": _vm_op("Force restart VM", "vm.force_restart",
                               _require_status("force restart", "RUNNING", "SUSPENDED"), _set_status("RUNNING")),
    "suspend_vm": _vm_op("Suspend VM", "vm.suspend", _require_status("suspend", "RUNNING"), _set_status("SUSPENDED")),
    "resume_vm": _vm_op("Resume VM", "vm.resume", _require_status("resume", "SUSPENDED"), _set_status("RUNNING")),
    "move_vm_to_recycle_bin": _vm_op("Move VM to the recycle bin", "vm.move_to_recycle_bin", _recycle_check,
                                     _recycle_apply, returns="DeleteVm"),
    "recover_vm_from_recycle_bin": _vm_op("Recover VM from the recycle bin", "vm.recover_from_recycle_bin",
                                          _recover_check, _recover_apply, returns="DeleteVm"),
    "delete_vm": _delete_vm,
    "create_vm_snapshot": _create_vm_snapshot,
    "update_global_recycle_bin_setting": _update_global_recycle_bin,
    "create_cluster_recycle_bin_setting": _cluster_recycle_bin("create"),
    "update_cluster_recycle_bin_setting": _cluster_recycle_bin("update"),
    "delete_cluster_recycle_bin_setting": _cluster_recycle_bin("delete"),
}
