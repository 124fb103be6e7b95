# coding: utf-8
"""The generated world: a deterministic CloudTower deployment for a random seed.

Two datacenters; ELF clusters (SMTX OS), a VMware cluster (SMTX OS on
vSphere) and a SMTX ZBS storage cluster; hosts in every state; SSD/HDD/PMem
disks with health states; VDSes and VLANs; ISO images; templates; VMs with
NICs, disks, volumes and labels (some in the recycle bin); alerts of every
severity; past tasks; global and cluster settings (recycle bin on); users
``root``/``root`` (LOCAL) and ``ldap-user``/``ldap`` (LDAP).

Timestamps are relative to the time the world is built; everything else
depends only on the random seed (and the VM count).
"""
import datetime

GiB = 1024 ** 3
TiB = 1024 ** 4

PASSWORDS = {("root", "LOCAL"): "root", ("admin", "LOCAL"): "admin", ("ldap-user", "LDAP"): "ldap"}


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def build(store, vms=None, now=None):
    """Fill ``store`` with the world of its random seed (``store.rng``); ``vms`` VMs (default 48).

    Example::

        store = Store(seed=7)
        build(store, vms=100)
    """
    b = _Builder(store, vms, now)
    users, dcs = b.users_and_settings()
    labels = b.labels()
    clusters, hosts, elf_clusters = b.clusters(labels, dcs)
    b.cluster_settings(clusters, elf_clusters)
    vlans, images = b.networks_and_images(clusters)
    b.free_volumes(elf_clusters)
    b.vms(clusters, hosts, labels, vlans, images)
    b.past_snapshot()
    b.alerts(hosts)
    b.past_tasks(users)
    refresh_stats(store)
    return users


class _Builder(object):
    """The parts of :func:`build`, in the order they draw from the random generator."""

    def __init__(self, store, vms, now):
        self.store = store
        self.rng = store.rng
        self.now = now or datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None, microsecond=0)
        self.n_vms = 48 if vms is None else max(0, int(vms))
        self.uuid = store.new_uuid

    def ts(self, **kw):
        """The time ``kw`` (timedelta arguments) before now, as stored."""
        return iso(self.now - datetime.timedelta(**kw))

    def ins(self, type_name, **values):
        return self.store.insert(type_name, values)

    def users_and_settings(self):
        ins = self.ins
        # -- users, organization, settings --------------------------------------------
        users = [
            ins("User", username="root", name="root", display_username="root", source="LOCAL", role="ROOT",
                internal=False, email_address="root@example.com"),
            ins("User", username="admin", name="admin", display_username="admin", source="LOCAL", role="ADMIN",
                internal=False, email_address="admin@example.com"),
            ins("User", username="ldap-user", name="LDAP User", display_username="ldap-user", source="LDAP",
                role="READ_ONLY", internal=False, ldap_dn="cn=ldap-user,dc=example,dc=com"),
        ]
        org = ins("Organization", name="SmartX")
        ins("GlobalSettings", vm_recycle_bin={"enabled": True, "retain": 7},
            auth={"session_max_age": 86400, "enable_single_session_login": False, "password_expire_days": 90})
        dcs = [ins("Datacenter", name="datacenter-%s" % x, organization=org["id"]) for x in ("beijing", "shanghai")]
        return users, dcs

    def labels(self):
        ins, ts = self.ins, self.ts
        # -- labels ----------------------------------------------------------------------
        labels = [ins("Label", key=k, value=v, createdAt=ts(days=30 - i))
                  for i, (k, v) in enumerate([("env", "prod"), ("env", "test"), ("team", "db"), ("team", "web"),
                                              ("backup", "daily"), ("owner", "alice")])]
        return labels

    def clusters(self, labels, dcs):
        rng, ins, ts, uuid = self.rng, self.ins, self.ts, self.uuid
        # -- clusters --------------------------------------------------------------------
        specs = [
            ("elf-cluster-1", "SMTX_OS", "ELF", "CONNECTED", "5.1.2", 0, 4),
            ("elf-cluster-2", "SMTX_OS", "ELF", "CONNECTED", "5.0.7", 0, 3),
            ("vmware-cluster-1", "SMTX_OS", "VMWARE", "CONNECTED", "5.0.5", 1, 3),
            ("zbs-cluster-1", "SMTX_ZBS", None, "CONNECTED", "5.2.0", 1, 3),
            ("elf-cluster-legacy", "SMTX_OS", "ELF", "DISCONNECTED", "4.0.14", 1, 2),
        ]
        clusters, hosts, elf_clusters = [], [], []
        host_states = [("IN_USE", "CONNECTED_HEALTHY")] * 3 + [
            ("IN_USE", "CONNECTED_WARNING"), ("IDLE", "CONNECTED_HEALTHY"), ("IN_USE", "CONNECTED_ERROR"),
            ("REMOVING", "CONNECTED_HEALTHY"), ("IN_USE", "SESSION_EXPIRED"), ("IN_USE", "INITIALIZING")]
        special = iter(host_states[3:])
        for ci, (name, ctype, hyper, state, version, dci, nhosts) in enumerate(specs):
            c = ins("Cluster", name=name, type=ctype, hypervisor=hyper, connect_state=state, version=version,
                    ip="10.0.%d.10" % ci, management_vip="10.0.%d.100" % ci, local_id=uuid(),
                    architecture="X86_64", license_type=["PERPETUAL", "SUBSCRIPTION", "TRIAL"][ci % 3],
                    license_expire_date=None if ci % 3 == 0 else ts(days=-365 + ci * 30),
                    license_serial=uuid(), software_edition=["ENTERPRISE", "STANDARD", "ESSENTIAL"][ci % 3],
                    dns=["114.114.114.114"], ntp_servers=["ntp.example.com"], ntp_mode="EXTERNAL",
                    recommended_cpu_models=["Skylake-Server"], total_cpu_models=["Skylake-Server", "Broadwell"],
                    rdma_enabled=ci == 0, pmem_enabled=ci == 0, is_all_flash=ci == 1, stretch=False,
                    recover_data_size=[0, 512 * GiB, 0, 2 * TiB, 0][ci],
                    recover_speed=[0, 80 * 1024 ** 2, 0, 200 * 1024 ** 2, 0][ci],
                    disconnected_date=ts(days=2) if state == "DISCONNECTED" else None,
                    datacenters=[dcs[dci]["id"]], labels=[labels[ci % len(labels)]["id"]])
            clusters.append(c)
            if hyper == "ELF":
                elf_clusters.append(c)
            for hi in range(nhosts):
                st, status = ("IN_USE", "CONNECTED_HEALTHY")
                if hi == nhosts - 1 and ci > 0 or (ci == 0 and hi == 3):
                    st, status = next(special, ("IN_USE", "CONNECTED_HEALTHY"))
                cores = rng.choice([32, 48, 64])
                mem = rng.choice([256, 384, 512]) * GiB
                h = ins("Host", name="%s-node-%d" % (name, hi + 1), cluster=c["id"], state=st, status=status,
                        management_ip="10.0.%d.%d" % (ci, 11 + hi), data_ip="10.1.%d.%d" % (ci, 11 + hi),
                        local_id=uuid(), chunk_id=str(hi + 1), cpu_brand="Intel(R) Xeon(R) Gold 6230",
                        cpu_model="Skylake-Server", cpu_vendor="Intel", model="SMX-HCI-2U", serial=uuid()[:12].upper(),
                        total_cpu_cores=cores, total_cpu_sockets=2, cpu_hz_per_core=2100000000,
                        total_cpu_hz=cores * 2100000000, used_cpu_hz=float(cores * 2100000000 * rng.uniform(0.05, 0.6)),
                        total_memory_bytes=mem, os_memory_bytes=24 * GiB, allocatable_memory_bytes=mem - 24 * GiB,
                        running_pause_vm_memory_bytes=0, used_memory_bytes=float(mem * rng.uniform(0.1, 0.7)),
                        nested_virtualization=False, lsm_cap_disk_safe_umount=True,
                        compatible_cpu_models=["Skylake-Server"],
                        cpu_fan_speed=[6000.0, 6100.0], cpu_fan_speed_unit=None,
                        cpu_temperature_celsius=[45, 47], os_version="el7", nic_count=4,
                        scvm_name="scvm-%d" % hi if hyper == "VMWARE" else None)
                hosts.append(h)
                _disks(ins, rng, h, uuid, with_pmem=(ci == 0))
        return clusters, hosts, elf_clusters

    def cluster_settings(self, clusters, elf_clusters):
        store, ins = self.store, self.ins
        for c in clusters:
            _cluster_totals(store, c)

        # Cluster settings: the first ELF cluster overrides the global recycle bin.
        for i, c in enumerate(elf_clusters):
            s = ins("ClusterSettings", cluster=c["id"], default_ha=True, enabled_iscsi=False,
                    default_storage_policy="REPLICA_2_THIN_PROVISION",
                    vm_recycle_bin={"enabled": True, "retain": 3} if i == 0 else None)
            if i > 0:
                s["vm_recycle_bin"] = None

    def networks_and_images(self, clusters):
        ins, ts, uuid = self.ins, self.ts, self.uuid
        # -- networks, images, templates, iSCSI targets -------------------------------------
        vlans = {}
        images = {}
        for c in clusters:
            if c["type"] == "SMTX_ZBS":
                ins("IscsiTarget", name="%s-target" % c["name"], cluster=c["id"], local_id=uuid(),
                    iqn_name="iqn.2016-02.com.smartx:system:%s" % c["name"], chap_enabled=False,
                    description="", external_use=True, ip_whitelist="*/*", iqn_whitelist="*/*",
                    replica_num=2, stripe_num=4, stripe_size=256 * 1024, thin_provision=True)
                continue
            vds = ins("Vds", name="%s-vds-vm" % c["name"], cluster=c["id"], bond_mode="active-backup", local_id=uuid(),
                      ovsbr_name="ovsbr-%s" % uuid()[:8], type="VM", internal=False, vlans_num=3, work_mode="single")
            ins("Vds", name="%s-vds-mgmt" % c["name"], cluster=c["id"], bond_mode="active-backup", local_id=uuid(),
                ovsbr_name="ovsbr-%s" % uuid()[:8], type="MANAGEMENT", internal=True, vlans_num=1)
            vlans[c["id"]] = [ins("Vlan", name=n, vds=vds["id"], vlan_id=vid, local_id=uuid(), type="VM",
                                  mode_type="VLAN_ACCESS", network_ids=[], gateway_ip="192.168.%d.1" % vid,
                                  subnetmask="255.255.255.0")
                              for n, vid in (("default", 0), ("vlan-100", 100), ("vlan-200", 200))]
            ins("IscsiTarget", name="%s-vm-target" % c["name"], cluster=c["id"], local_id=uuid(),
                iqn_name="iqn.2016-02.com.smartx:system:zbs-iscsi-datastore-%s" % c["local_id"][:8],
                chap_enabled=False, description="", external_use=False, internal=True,
                ip_whitelist="", iqn_whitelist="", replica_num=2, stripe_num=4,
                stripe_size=256 * 1024, thin_provision=True)
            if c["hypervisor"] != "ELF":
                continue
            images[c["id"]] = [ins("ElfImage", name=n, cluster=c["id"], local_id=uuid(), description="",
                                   path="/usr/share/smartx/images/%s" % uuid(), size=s, local_created_at=ts(days=60))
                               for n, s in (("CentOS-7-x86_64-Minimal-2009.iso", 973 * 1024 ** 2),
                                            ("ubuntu-22.04-live-server-amd64.iso", 1400 * 1024 ** 2),
                                            ("Windows_Server_2019.iso", 5 * GiB))]
            for tn, os_, disks in (("centos7-template", "LINUX", [40]), ("win2019-template", "WINDOWS", [80, 100])):
                frozen = []
                for di, size in enumerate(disks):
                    frozen.append({"boot": di, "bus": "VIRTIO", "index": di, "type": "DISK", "size": size * GiB,
                                   "path": "/usr/share/smartx/volumes/%s" % uuid(), "disk_name": "%s-disk%d" % (tn, di),
                                   "elf_image_local_id": "", "svt_image_local_id": "", "vm_volume_local_id": uuid(),
                                   "storage_policy_uuid": uuid(), "key": di})
                frozen.append({"boot": len(disks), "bus": "IDE", "index": len(disks), "type": "CD_ROM", "size": 0,
                               "path": "", "elf_image_local_id": images[c["id"]][0]["local_id"],
                               "svt_image_local_id": "",
                               "vm_volume_local_id": "", "storage_policy_uuid": "", "key": len(disks)})
                vl = vlans[c["id"]][0]
                ins("VmTemplate", name=tn, cluster=c["id"], local_id=uuid(), description="%s template" % os_,
                    vcpu=4, cpu={"cores": 2, "sockets": 2}, memory=8 * GiB, ha=True, firmware="BIOS",
                    clock_offset="UTC", cpu_model="cluster_default", cloud_init_supported=os_ == "LINUX",
                    win_opt=os_ == "WINDOWS", size=sum(disks) * GiB, local_created_at=ts(days=45),
                    vm_disks=frozen,
                    vm_nics=[{"index": 0, "enabled": True, "mirror": False, "model": "VIRTIO", "type": "VLAN",
                              "vlan": {"name": vl["name"], "vlan_id": vl["vlan_id"],
                                       "vlan_local_id": vl["local_id"], "vds_ovs": "ovsbr-vm",
                                       "network_ids": []}}])
        return vlans, images

    def free_volumes(self, elf_clusters):
        ins, ts, uuid = self.ins, self.ts, self.uuid
        # A few free volumes to mount.
        for c in elf_clusters:
            for i in range(3):
                _volume(ins, uuid, c, "%s-free-volume-%d" % (c["name"], i + 1), (i + 1) * 20 * GiB, ts(days=20),
                        mounting=False)

    def vms(self, clusters, hosts, labels, vlans, images):
        rng = self.rng
        # -- VMs ---------------------------------------------------------------------------
        vm_clusters = [c for c in clusters if c["type"] == "SMTX_OS"]
        weights = [5, 3, 2, 1][:len(vm_clusters)]
        pool = [c for c, w in zip(vm_clusters, weights) for _ in range(w)]
        usable_hosts = {}
        for h in hosts:
            if h["state"] == "IN_USE" and h["status"] in ("CONNECTED_HEALTHY", "CONNECTED_WARNING"):
                usable_hosts.setdefault(h["cluster"], []).append(h)
        os_names = [("LINUX", "CentOS Linux 7"), ("LINUX", "Ubuntu 22.04"), ("WINDOWS", "Windows Server 2019"),
                    ("LINUX", "Rocky Linux 9"), ("UNKNOWN", None)]
        prefixes = ["web", "db", "app", "cache", "batch", "test", "dev", "k8s-node"]
        for i in range(self.n_vms):
            c = pool[i % len(pool)] if i < len(pool) else rng.choice(pool)
            self._vm(i, c, usable_hosts, os_names, prefixes, labels, vlans, images)

    def _vm(self, i, c, usable_hosts, os_names, prefixes, labels, vlans, images):
        rng, ins, ts, uuid = self.rng, self.ins, self.ts, self.uuid
        status = rng.choice(["RUNNING"] * 6 + ["STOPPED"] * 3 + ["SUSPENDED"])
        in_bin = i % 17 == 16 and c["hypervisor"] == "ELF"
        if in_bin:
            status = "STOPPED"
        host = rng.choice(usable_hosts.get(c["id"])) if status != "STOPPED" and usable_hosts.get(c["id"]) else None
        if host is None and status != "STOPPED":
            status = "STOPPED"
        sockets, cores = rng.choice([(1, 1), (1, 2), (2, 2), (2, 4), (4, 2), (2, 8)])
        guest, os_ = rng.choice(os_names)
        tools = rng.choice(["RUNNING", "NOT_RUNNING", "NOT_INSTALLED"]) if status == "RUNNING" else \
            rng.choice(["NOT_RUNNING", "NOT_INSTALLED"])
        memory = rng.choice([1, 2, 4, 8, 16, 32]) * GiB
        name = "%s-%04d" % (prefixes[i % len(prefixes)], i + 1)
        vm = ins("Vm", name=name, description=rng.choice(["", "managed by ansible", "owner: alice", "legacy system"]),
                 cluster=c["id"], host=host["id"] if host else None, status=status, vcpu=sockets * cores,
                 cpu={"cores": cores, "sockets": sockets}, memory=memory, ha=rng.random() < 0.7,
                 firmware=rng.choice(["BIOS", "BIOS", "UEFI"]),
                 clock_offset="UTC" if guest != "WINDOWS" else "LOCALTIME",
                 cpu_model="cluster_default", guest_os_type=guest, os=os_, vm_tools_status=tools,
                 vm_tools_version="2.8.1" if tools != "NOT_INSTALLED" else None,
                 in_recycle_bin=in_bin,
                 deleted_at=ts(days=rng.randint(0, 6), hours=rng.randint(0, 20)) if in_bin else None,
                 internal=False, protected=False, nested_virtualization=False, win_opt=guest == "WINDOWS",
                 local_id=uuid(), node_ip=host["management_ip"] if host else "", ips="",
                 local_created_at=ts(days=rng.randint(1, 400)), out_uninstall_usb=[],
                 cpu_usage=round(rng.uniform(0, 100), 2) if status == "RUNNING" else 0.0,
                 memory_usage=round(rng.uniform(0, 100), 2) if status == "RUNNING" else 0.0,
                 video_type="CIRRUS", hostname=name if tools == "RUNNING" else None,
                 last_shutdown_time=ts(days=rng.randint(1, 30)) if status == "STOPPED" else None,
                 labels=[label["id"] for label in rng.sample(labels, rng.randint(0, 2))])
        size = 0
        for d in range(rng.choice([1, 1, 2, 3])):
            gb = rng.choice([20, 40, 80, 100, 200])
            vol = _volume(ins, uuid, c, "%s-disk-%d" % (name, d), gb * GiB, vm["local_created_at"], mounting=True)
            ins("VmDisk", vm=vm["id"], vm_volume=vol["id"], type="DISK", bus="VIRTIO", boot=d, key=d,
                device="vd%s" % "abcdefgh"[d], disabled=False)
            size += gb * GiB
        if c["id"] in images and rng.random() < 0.4:
            ins("VmDisk", vm=vm["id"], elf_image=rng.choice(images[c["id"]])["id"], type="CD_ROM", bus="IDE",
                boot=9, key=9, device="hda", disabled=False)
        ips = []
        for n in range(rng.choice([1, 1, 2])):
            vl = rng.choice(vlans[c["id"]])
            ip = "192.168.%d.%d" % (vl["vlan_id"], 10 + (i * 2 + n) % 240) if tools == "RUNNING" else None
            if ip:
                ips.append(ip)
            ins("VmNic", vm=vm["id"], vlan=vl["id"], model="VIRTIO", enabled=True, mirror=False, type="VLAN",
                mac_address=_mac(rng), ip_address=ip, gateway="192.168.%d.1" % vl["vlan_id"] if ip else None,
                subnet_mask="255.255.255.0" if ip else None, local_id=uuid(), order=n, interface_id="vnet%d" % n)
        vm["ips"] = ",".join(ips)
        vm["size"] = vm["provisioned_size"] = size
        vm["used_size"] = int(size * rng.uniform(0.05, 0.6))
        vm["logical_size_bytes"] = size
        vm["unique_size"] = vm["used_size"]

    def past_snapshot(self):
        store, ts = self.store, self.ts
        # -- a past snapshot with its LUN snapshots ------------------------------------------
        first_vm = next((v for v in store.all("Vm") if not v["in_recycle_bin"]), None)
        if first_vm is not None:
            snapshot_vm(store, first_vm, "%s-snapshot-initial" % first_vm["name"], "CRASH_CONSISTENT", ts(days=3))

    def alerts(self, hosts):
        store, rng, ins, ts, uuid = self.store, self.rng, self.ins, self.ts, self.uuid
        # -- alerts ------------------------------------------------------------------------
        alert_specs = [("CRITICAL", "Disk {disk} on {host} is unhealthy", "disk"),
                       ("CRITICAL", "Cluster {cluster} storage usage is over 90%", "cluster"),
                       ("NOTICE", "Host {host} memory usage is high", "host"),
                       ("NOTICE", "NTP service on {host} is out of sync", "host"),
                       ("INFO", "A new version is available for cluster {cluster}", "cluster"),
                       ("INFO", "License of cluster {cluster} will expire soon", "cluster"),
                       ("SEVERITY_UNSPECIFIED", "Unclassified event on {host}", "host")]
        disks = store.all("Disk")
        for i in range(21):
            sev, msg, kind = alert_specs[i % len(alert_specs)]
            h = hosts[(i * 5) % len(hosts)]
            c = store.get("Cluster", h["cluster"])
            d = next((x for x in disks if x["host"] == h["id"]), None)
            ended = i % 4 == 3
            start = ts(hours=i * 7 + 1)
            ins("Alert", severity=sev,
                message=msg.format(disk=d["name"] if d else "-", host=h["name"], cluster=c["name"]),
                cause="simulated cause %d" % i, impact="simulated impact", solution="check the %s" % kind,
                ended=ended, cluster=c["id"], host=h["id"] if kind != "cluster" else None,
                disk=d["id"] if kind == "disk" and d else None, labels={}, local_id=uuid(), threshold=90.0,
                value=float(rng.randint(50, 100)), create_time=start, local_create_time=start, local_start_time=start,
                local_update_time=start, local_end_time=ts(hours=i) if ended else "")

    def past_tasks(self, users):
        store, ins, now = self.store, self.ins, self.now
        # -- past tasks --------------------------------------------------------------------
        vms_ = store.all("Vm")
        for i in range(12):
            vm = vms_[i % len(vms_)] if vms_ else None
            failed = i % 5 == 4
            started = now - datetime.timedelta(hours=48 - i * 3)
            ins("Task", description=("Start VM %s" if i % 2 else "Edit VM %s") % (vm["name"] if vm else "-"),
                status="FAILED" if failed else "SUCCESSED", progress=1.0, internal=False, args={},
                snapshot="{}", steps=[], key="vm.start" if i % 2 else "vm.update",
                error_message="Host has not enough memory to start the VM" if failed else None,
                error_code="HostMemoryInsufficient" if failed else None,
                cluster=vm["cluster"] if vm else None, resource_id=vm["id"] if vm else None, resource_type="Vm",
                resource_mutation="startVm" if i % 2 else "updateVm", user=users[i % 2]["id"],
                local_created_at=iso(started), started_at=iso(started),
                finished_at=iso(started + datetime.timedelta(seconds=20)))


def _mac(rng):
    return "52:54:00:%02x:%02x:%02x" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))


def _disks(ins, rng, h, uuid, with_pmem):
    kinds = [("SSD", 960 * GiB, "CACHE")] * 2 + [("HDD", 4 * TiB, "DATA")] * 4
    if with_pmem:
        kinds.append(("PMem", 512 * GiB, "DATA"))
    for i, (t, size, usage) in enumerate(kinds):
        health = rng.choice(["HEALTHY"] * 12 + ["SUBHEALTHY", "UNHEALTHY", "SMART_FAILED"])
        usage_status = rng.choice(["MOUNTED"] * 10 + ["UNMOUNTED", "PARTIAL_MOUNTED"])
        ins("Disk", host=h["id"], name="sd%s" % "abcdefghij"[i], path="/dev/sd%s" % "abcdefghij"[i], type=t,
            size=size, usage=usage, function=usage, health_status=health, healthy=health == "HEALTHY",
            usage_status=usage_status, mounted=usage_status == "MOUNTED", offline=False, local_id=uuid(),
            firmware="GA3%d" % i, model="%s-MODEL-%d" % (t, i), serial=uuid()[:16],
            remaining_life_percent=rng.randint(60, 100),
            partitions=[])


def _volume(ins, uuid, cluster, name, size, created, mounting):
    return ins("VmVolume", name=name, cluster=cluster["id"], size=size, local_id=uuid(),
               elf_storage_policy="REPLICA_2_THIN_PROVISION", path="/usr/share/smartx/volumes/%s" % uuid(),
               local_created_at=created, mounting=mounting, sharing=False, type="KVM_VOLUME",
               used_size=size // 4, unique_size=size // 4, description="")


def _cluster_totals(store, c):
    hs = store.related("Cluster", c, "hosts")
    c["host_num"] = len(hs)
    if c["type"] == "SMTX_ZBS":
        c["total_cpu_hz"] = c["used_cpu_hz"] = c["total_cpu_cores"] = None
    else:
        c["total_cpu_cores"] = sum(h["total_cpu_cores"] for h in hs)
        c["total_cpu_sockets"] = sum(h["total_cpu_sockets"] or 0 for h in hs)
        c["total_cpu_hz"] = sum(h["total_cpu_hz"] for h in hs)
        c["used_cpu_hz"] = float(sum(h["used_cpu_hz"] or 0 for h in hs))
        c["total_memory_bytes"] = sum(h["total_memory_bytes"] for h in hs)
        c["used_memory_bytes"] = float(sum(h["used_memory_bytes"] or 0 for h in hs))
    disks = [d for h in hs for d in store.related("Host", h, "disks")]
    data = sum(d["size"] for d in disks if d["usage"] == "DATA")
    c["total_data_capacity"] = data
    c["used_data_space"] = int(data * 0.37)
    c["failure_data_space"] = sum(d["size"] for d in disks if d["usage"] == "DATA" and not d["healthy"])
    c["valid_data_space"] = data - c["failure_data_space"]
    c["total_cache_capacity"] = sum(d["size"] for d in disks if d["usage"] == "CACHE")
    for h in hs:
        ds = store.related("Host", h, "disks")
        h["ssd_disk_count"] = sum(1 for d in ds if d["type"] == "SSD")
        h["hdd_disk_count"] = sum(1 for d in ds if d["type"] == "HDD")
        h["pmem_disk_count"] = sum(1 for d in ds if d["type"] == "PMem")
        h["ssd_data_capacity"] = sum(d["size"] for d in ds if d["type"] == "SSD")
        h["hdd_data_capacity"] = sum(d["size"] for d in ds if d["type"] == "HDD")
        h["total_data_capacity"] = sum(d["size"] for d in ds if d["usage"] == "DATA")
        h["used_data_space"] = int(h["total_data_capacity"] * 0.37)
        h["failure_data_space"] = sum(d["size"] for d in ds if not d["healthy"])


def refresh_stats(store, cluster_ids=None):
    """Recompute the VM counts of clusters, hosts and labels (after VM changes)."""
    for c in store.all("Cluster"):
        if cluster_ids is not None and c["id"] not in cluster_ids:
            continue
        vms = store.related("Cluster", c, "vms")
        _count(c, vms)
        c["provisioned_cpu_cores"] = sum(v["vcpu"] for v in vms)
        c["provisioned_memory_bytes"] = sum(v["memory"] for v in vms)
        active = [v for v in vms if v["status"] in ("RUNNING", "SUSPENDED")]
        c["provisioned_cpu_cores_for_active_vm"] = sum(v["vcpu"] for v in active)
        for h in store.related("Cluster", c, "hosts"):
            hv = store.related("Host", h, "vms")
            _count(h, hv)
            h["provisioned_cpu_cores"] = sum(v["vcpu"] for v in hv)
            h["provisioned_memory_bytes"] = sum(v["memory"] for v in hv)
            h["running_pause_vm_memory_bytes"] = sum(v["memory"] for v in hv if v["status"] in ("RUNNING", "SUSPENDED"))
    for dc in store.all("Datacenter"):
        cs = store.related("Datacenter", dc, "clusters")
        dc["cluster_num"] = len(cs)
        dc["host_num"] = sum(c["host_num"] or 0 for c in cs)
        dc["vm_num"] = sum(c["vm_num"] or 0 for c in cs)
        for k in ("total_cpu_hz", "total_memory_bytes", "total_data_capacity", "used_data_space", "failure_data_space"):
            dc[k] = sum(c[k] or 0 for c in cs)
        dc["used_cpu_hz"] = float(sum(c["used_cpu_hz"] or 0 for c in cs))
        dc["used_memory_bytes"] = float(sum(c["used_memory_bytes"] or 0 for c in cs))
    for label in store.all("Label"):
        label["vm_num"] = store.related_count("Label", label, "vms")
        label["cluster_num"] = store.related_count("Label", label, "clusters")
        label["host_num"] = store.related_count("Label", label, "hosts")
        label["total_num"] = label["vm_num"] + label["cluster_num"] + label["host_num"]


def _count(rec, vms):
    rec["vm_num"] = len(vms)
    rec["running_vm_num"] = sum(1 for v in vms if v["status"] == "RUNNING")
    rec["stopped_vm_num"] = sum(1 for v in vms if v["status"] == "STOPPED")
    rec["suspended_vm_num"] = sum(1 for v in vms if v["status"] == "SUSPENDED")


def frozen_disks(store, vm):
    """The VM's disks and CD-ROMs (in ``key`` order) in the frozen form snapshots, templates and backups keep."""
    out = []
    for d in sorted(store.related("Vm", vm, "vm_disks"), key=lambda d: (d["key"] or 0, d["id"])):
        if d["type"] == "DISK":
            vol = store.get("VmVolume", d["vm_volume"]) if d["vm_volume"] else None
            out.append({"boot": d["boot"], "bus": d["bus"], "index": d["key"] or 0, "type": "DISK",
                        "size": vol["size"] if vol else 0, "path": vol["path"] if vol else "",
                        "disk_name": vol["name"] if vol else "", "elf_image_local_id": "", "svt_image_local_id": "",
                        "vm_volume_local_id": vol["local_id"] if vol else "",
                        "storage_policy_uuid": "", "key": d["key"]})
        else:
            img = store.get("ElfImage", d["elf_image"]) if d["elf_image"] else None
            out.append({"boot": d["boot"], "bus": d["bus"], "index": d["key"] or 0, "type": "CD_ROM", "size": 0,
                        "path": img["path"] if img else "", "image_name": img["name"] if img else None,
                        "elf_image_local_id": img["local_id"] if img else "", "svt_image_local_id": "",
                        "vm_volume_local_id": "", "storage_policy_uuid": "", "key": d["key"]})
    return out


def frozen_nics(store, vm):
    """The VM's NICs (in their order) in the frozen form, their VLAN by name, VLAN id and local id."""
    out = []
    for i, n in enumerate(sorted(store.related("Vm", vm, "vm_nics"), key=lambda n: (n["order"] or 0, n["id"]))):
        vl = store.get("Vlan", n["vlan"]) if n["vlan"] else None
        out.append({"index": i, "enabled": n["enabled"], "mirror": n["mirror"], "model": n["model"],
                    "type": n["type"] or "VLAN", "mac_address": n["mac_address"] or "",
                    "ip_address": n["ip_address"] or "", "gateway": n["gateway"] or "",
                    "subnet_mask": n["subnet_mask"] or "",
                    "vlan": {"name": vl["name"] if vl else "", "vlan_id": vl["vlan_id"] if vl else 0,
                             "vlan_local_id": vl["local_id"] if vl else "", "vds_ovs": "ovsbr-vm", "network_ids": []}})
    return out


def snapshot_vm(store, vm, name, consistent_type, created, snap_id=None):
    """Create a VmSnapshot of ``vm`` (frozen disks and NICs) and its IscsiLunSnapshots; returns it."""
    cluster = store.get("Cluster", vm["cluster"])
    target = next((t for t in store.all("IscsiTarget") if t["cluster"] == vm["cluster"]), None)
    frozen_disks_, luns = frozen_disks(store, vm), []
    for d in frozen_disks_:
        if d["type"] == "DISK":  # each volume's snapshot is a LUN snapshot
            d["snapshot_local_id"] = store.new_uuid()
            luns.append((d["snapshot_local_id"], d["disk_name"]))
    frozen_nics_ = [dict((k, v) for k, v in n.items() if k != "type") for n in frozen_nics(store, vm)]
    snap = store.insert("VmSnapshot", dict(
        id=snap_id, name=name, vm=vm["id"], cluster=cluster["id"], consistent_type=consistent_type,
        local_id=store.new_uuid(),
        description="", vcpu=vm["vcpu"], cpu=dict(vm["cpu"]), memory=vm["memory"], ha=vm["ha"], firmware=vm["firmware"],
        clock_offset=vm["clock_offset"], cpu_model=vm["cpu_model"], win_opt=vm["win_opt"], size=vm["size"] or 0,
        local_created_at=created, vm_disks=frozen_disks_, vm_nics=frozen_nics_))
    for local, vol_name in luns:
        if target is None:
            continue
        store.insert("IscsiLunSnapshot", dict(name="%s-%s" % (name, vol_name or "disk"), local_id=local,
                                              iscsi_target=target["id"], local_created_at=created,
                                              unique_size=0))
    return snap
