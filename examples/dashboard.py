# coding: utf-8
"""场景：汇总告警、硬盘、CPU/内存/存储用量、主机与集群状态、回收站，做一个仪表盘。

对 1.9.0 版使用指南的修正（都标了「1.9.0 版使用指南」注释）：
- build_alerts 末尾多了逗号，返回的是元组而不是 dict；
- result["hosts"] 被赋成了 storage，应为主机状态计数；
- 使用率是比值，打印为百分比前要乘 100；
- cluster.version 是字符串，version[0] >= 5 拿字符串和整数比较；改为解析主版本号；
- 回收站的删除时间是 UTC，要和 UTC 时间比较；集群设置没有覆盖回收站时，沿用全局设置；
- 其他类型的 SSD（NVMe_SSD、SATA_OR_SAS_SSD）没有计数对象；空值、除以零、集群列表为空时出错。
"""
import datetime
import os
import time

from cloudtower_python_sdk import ApiClient, Configuration
from cloudtower_python_sdk.api import (
    VmApi,
    ClusterApi,
    AlertApi,
    HostApi,
    DiskApi,
    ClusterSettingsApi,
    GlobalSettingsApi
)
from cloudtower_python_sdk.models import (
    SeverityEnum,
    ClusterType,
    Hypervisor,
    ConnectState,
    HostState,
    HostStatus,
    DiskType,
    DiskUsageStatus,
    DiskHealthStatus
)
from cloudtower_python_sdk.utils import login

byte_units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]

hz_units = ["Hz", "KHz", "MHz", "GHz", "THz"]


def convert_iso_date(date):
    """CloudTower 的时间是 UTC 的 ISO 8601 字符串，如 2024-01-02T03:04:05.678Z。"""
    return datetime.datetime.strptime(date, "%Y-%m-%dT%H:%M:%S.%fZ")


def format_unit(base, units, step=1024):
    if not len(units):
        raise Exception("no unit provided")
    if base <= 0:
        return "0" + units[0]
    base = float(base)  # Python 2 的整数除法会丢掉小数
    for unit in units:
        if base < step:
            return "{:.2f}{}".format(base, unit)
        base /= step
    return "{:.2f}{}".format(base, units[-1])


def format_ratio(used, total):
    # 1.9.0 版使用指南打印 used / total 加 "%"，少乘了 100
    return "{:.2f}%".format(100.0 * used / total if total else 0)


def major_version(version):
    # 1.9.0 版使用指南写 cluster.version[0] >= 5：version 是 "5.1.2" 这样的字符串
    try:
        return int((version or "0").split(".")[0])
    except ValueError:
        return 0


def build_dashboard(api_client, datacenter_id=None, cluster_id=None):
    result = {}
    cluster_api = ClusterApi(api_client)
    if cluster_id is not None:
        clusters = cluster_api.get_clusters({"where": {"id": cluster_id}})
    elif datacenter_id is not None:
        clusters = cluster_api.get_clusters({"where": {"datacenters_some": {"id": datacenter_id}}})
    else:
        clusters = cluster_api.get_clusters({})

    cluster_ids = [cluster.id for cluster in clusters]

    if cluster_id is not None:
        result["cluster_info"] = build_cluster_info(api_client, cluster_id)

    result["alerts"] = build_alerts(api_client, cluster_ids)
    result["disks"] = build_disks(api_client, cluster_ids)
    result["recycle_bin_info"] = build_recycle_bin(api_client, cluster_ids)

    metric = build_metrics(api_client, clusters, cluster_ids)

    for key in ("cpu", "memory", "storage", "clusters", "hosts", "data_recovery"):
        if key in metric:
            result[key] = metric[key]
    return result


def build_alerts(api_client, cluster_ids):
    alert_api = AlertApi(api_client)
    alerts = alert_api.get_alerts({
        "where": {
            "ended": False,
            "cluster": {
                "id_in": cluster_ids
            },
        }
    })
    critial_alerts = [
        alert for alert in alerts if alert.severity == SeverityEnum.CRITICAL]
    notice_alerts = [
        alert for alert in alerts if alert.severity == SeverityEnum.NOTICE]
    info_alerts = [
        alert for alert in alerts if alert.severity == SeverityEnum.INFO]
    # 1.9.0 版使用指南在这个 dict 后面多了一个逗号，返回值成了只有一个元素的元组
    return {
        "critical": critial_alerts,
        "notice": notice_alerts,
        "info": info_alerts
    }


def build_cluster_info(api_client, cluster_id):
    cluster_api = ClusterApi(api_client)
    cluster = cluster_api.get_clusters({
        "where": {
            "id": cluster_id
        },
        "first": 1
    })[0]
    mode = []
    if major_version(cluster.version) >= 5:
        if cluster.hypervisor == Hypervisor.ELF:
            mode.append("Boost")
        if cluster.rdma_enabled:
            mode.append("RDMA")
        if cluster.pmem_enabled:
            mode.append("PMEM")
    return {
        "version": cluster.version,
        "uuid": cluster.id,
        "license_type": cluster.license_type,
        "license_expire_date": convert_iso_date(cluster.license_expire_date).date().isoformat()
        if cluster.license_expire_date else "Perpetual",
        "software": cluster.software_edition,
        "cpu_architecture": cluster.architecture,
        "mode": mode
    }


def build_disks(api_client, cluster_ids):
    disk_api = DiskApi(api_client)
    disks = disk_api.get_disks({
        "where": {
            "host": {
                "cluster": {
                    "id_in": cluster_ids
                }
            }
        }
    })
    ssd = {"healthy": 0, "warning": 0, "error": 0, "total": 0}
    hdd = {"healthy": 0, "warning": 0, "error": 0, "total": 0}
    pmem = {"healthy": 0, "warning": 0, "error": 0, "total": 0}

    for disk in disks:
        # 1.9.0 版使用指南只认 SSD、HDD、PMem 三种类型，其他类型会沿用上一块盘的计数对象
        if disk.type in (DiskType.SSD, DiskType.NVME_SSD, DiskType.SATA_OR_SAS_SSD):
            target = ssd
        elif disk.type == DiskType.HDD:
            target = hdd
        elif disk.type == DiskType.PMEM:
            target = pmem
        else:
            continue
        if disk.health_status in [DiskHealthStatus.UNHEALTHY, DiskHealthStatus.SUBHEALTHY,
                                  DiskHealthStatus.SMART_FAILED]:
            target["error"] += 1
        elif disk.usage_status in [DiskUsageStatus.UNMOUNTED, DiskUsageStatus.PARTIAL_MOUNTED]:
            target["warning"] += 1
        else:
            target["healthy"] += 1
        target["total"] += 1
    return {
        "ssd": ssd,
        "hdd": hdd,
        "pmem": pmem
    }


def build_metrics(api_client, clusters, cluster_ids):
    hosts = HostApi(api_client).get_hosts({
        "where": {
            "cluster": {
                "id_in": cluster_ids
            }
        }
    })
    result = {}
    if any(cluster.type != ClusterType.SMTX_ZBS for cluster in clusters):
        result["cpu"] = build_cpu(clusters)
        result["memory"] = build_memory(clusters, hosts)
    result["storage"] = build_storage(clusters)
    result["hosts"] = count_hosts(hosts)  # 1.9.0 版使用指南写成了 result["hosts"] = storage
    result["clusters"] = count_clusters(clusters)
    result["data_recovery"] = [{
        "cluster": cluster.name,
        "recover_data_size": format_unit(cluster.recover_data_size, byte_units),
        "speed": "{}/s".format(format_unit(cluster.recover_speed or 0, byte_units))
    } for cluster in clusters if (cluster.recover_data_size or 0) > 0]
    return result


def build_cpu(clusters):
    """超融合（SMTX OS）集群的 CPU 合计。"""
    cpu = {"total_cpu_cores": 0, "total_cpu_hz": 0, "used_cpu_hz": 0}  # type: dict
    for cluster in clusters:
        if cluster.type == ClusterType.SMTX_OS:
            cpu["total_cpu_cores"] += cluster.total_cpu_cores or 0
            cpu["total_cpu_hz"] += cluster.total_cpu_hz or 0
            cpu["used_cpu_hz"] += cluster.used_cpu_hz or 0
    cpu["cpu_usage"] = format_ratio(cpu["used_cpu_hz"], cpu["total_cpu_hz"])
    cpu["total_cpu_hz"] = format_unit(cpu["total_cpu_hz"], hz_units, 1000)
    cpu["used_cpu_hz"] = format_unit(cpu["used_cpu_hz"], hz_units, 1000)
    return cpu


def build_memory(clusters, hosts):
    """内存合计：ELF 集群按主机累加，vSphere 上的超融合集群按集群累加。"""
    memory = {"total_memory": 0, "used_memory": 0}  # type: dict
    clusters_by_id = dict((cluster.id, cluster) for cluster in clusters)
    for host in hosts:
        if clusters_by_id[host.cluster.id].hypervisor == Hypervisor.ELF:
            memory["total_memory"] += host.total_memory_bytes or 0
            memory["used_memory"] += (host.running_pause_vm_memory_bytes or 0) + (host.os_memory_bytes or 0)
    for cluster in clusters:
        if cluster.type == ClusterType.SMTX_OS and cluster.hypervisor == Hypervisor.VMWARE:
            memory["total_memory"] += cluster.total_memory_bytes or 0
            memory["used_memory"] += cluster.used_memory_bytes or 0
    memory["memory_usage"] = format_ratio(memory["used_memory"], memory["total_memory"])
    memory["total_memory"] = format_unit(memory["total_memory"], byte_units)
    memory["used_memory"] = format_unit(memory["used_memory"], byte_units)
    return memory


def build_storage(clusters):
    total = sum(cluster.total_data_capacity or 0 for cluster in clusters)
    used = sum(cluster.used_data_space or 0 for cluster in clusters)
    invalid = sum(cluster.failure_data_space or 0 for cluster in clusters)
    return {
        "total": format_unit(total, byte_units),
        "used": format_unit(used, byte_units),
        "invalid": format_unit(invalid, byte_units),
        "available": format_unit(total - used - invalid, byte_units)
    }


def count_hosts(hosts):
    hosts_info = {"healthy": 0, "error": 0, "idle": 0, "unhealthy": 0, "removing": 0, "unknown": 0}
    for host in hosts:
        if host.state == HostState.IDLE:
            hosts_info["idle"] += 1
        elif host.state == HostState.REMOVING:
            hosts_info["removing"] += 1
        elif host.status == HostStatus.CONNECTED_HEALTHY:
            hosts_info["healthy"] += 1
        elif host.status == HostStatus.CONNECTED_WARNING:
            hosts_info["unhealthy"] += 1
        elif host.status in (HostStatus.SESSION_EXPIRED, HostStatus.CONNECTED_ERROR):
            hosts_info["error"] += 1
        else:
            hosts_info["unknown"] += 1
    return hosts_info


def count_clusters(clusters):
    """每类集群的个数，以及其中断开或正在移除的个数。"""
    counts = {
        "HCI_cluster": {
            "SMTX_VM_service": {"count": 0, "abnormal": 0},
            "SMTX_HCI_for_vSphere": {"count": 0, "abnormal": 0}
        },
        "distributed_storage_cluster": {
            "SMTX_ZBS": {"count": 0, "abnormal": 0}
        }
    }
    for cluster in clusters:
        if cluster.type == ClusterType.SMTX_ZBS:
            target = counts["distributed_storage_cluster"]["SMTX_ZBS"]
        elif cluster.type == ClusterType.SMTX_OS and cluster.hypervisor == Hypervisor.VMWARE:
            target = counts["HCI_cluster"]["SMTX_HCI_for_vSphere"]
        elif cluster.type == ClusterType.SMTX_OS and cluster.hypervisor == Hypervisor.ELF:
            target = counts["HCI_cluster"]["SMTX_VM_service"]
        else:
            continue
        target["count"] += 1
        if cluster.connect_state in (ConnectState.DISCONNECTED, ConnectState.REMOVING):
            target["abnormal"] += 1
    return counts


def build_recycle_bin(api_client, cluster_ids):
    vm_api = VmApi(api_client)
    cluster_settings_api = ClusterSettingsApi(api_client)
    global_settings_api = GlobalSettingsApi(api_client)

    global_setting = global_settings_api.get_global_settingses({
        "first": 1
    })[0]

    cluster_settings = cluster_settings_api.get_cluster_settingses({
        "where": {
            "cluster": {
                "id_in": cluster_ids
            }
        }
    })
    vms = vm_api.get_vms({
        "where": {
            "cluster": {
                "id_in": cluster_ids
            },
            "in_recycle_bin": True
        }
    })

    recycle_bin_info = {
        "count": len(vms),
        "size": 0,
        "size_release_today": 0,
        "size_release_in_7_days": 0
    }  # type: dict

    # 当前 UTC 时间；1.9.0 版使用指南用 datetime.now()（本地时间）去减 UTC 时间
    now = datetime.datetime(*time.gmtime()[:6])
    for vm in vms:
        cluster_setting = next(
            (setting for setting in cluster_settings
             if setting.cluster and vm.cluster and setting.cluster.id == vm.cluster.id), None)
        # 集群设置存在但没有设置回收站（vm_recycle_bin 为空）时，沿用全局设置
        if cluster_setting is not None and cluster_setting.vm_recycle_bin is not None:
            setting = cluster_setting
        else:
            setting = global_setting
        assert setting.vm_recycle_bin is not None  # the global setting always has one
        retain_duration = setting.vm_recycle_bin.retain
        deleted_time = convert_iso_date(vm.deleted_at)
        diff = retain_duration - (now - deleted_time).days
        size = vm.size or 0
        if diff <= 1:
            recycle_bin_info["size_release_today"] += size
        elif diff <= 7:
            recycle_bin_info["size_release_in_7_days"] += size
        recycle_bin_info["size"] += size
    recycle_bin_info["size"] = format_unit(
        recycle_bin_info["size"], byte_units)
    recycle_bin_info["size_release_today"] = format_unit(
        recycle_bin_info["size_release_today"], byte_units)
    recycle_bin_info["size_release_in_7_days"] = format_unit(
        recycle_bin_info["size_release_in_7_days"], byte_units)
    return recycle_bin_info


def print_dashboard(dashboard):
    alerts = dashboard["alerts"]
    print("alerts: %d critical, %d notice, %d info"
          % (len(alerts["critical"]), len(alerts["notice"]), len(alerts["info"])))
    if "cpu" in dashboard:
        print("cpu: %(used_cpu_hz)s / %(total_cpu_hz)s (%(cpu_usage)s), %(total_cpu_cores)d cores" % dashboard["cpu"])
        print("memory: %(used_memory)s / %(total_memory)s (%(memory_usage)s)" % dashboard["memory"])
    print("storage: %(used)s used, %(invalid)s invalid, %(available)s available of %(total)s" % dashboard["storage"])
    print("hosts: %s" % ", ".join("%s %d" % kv for kv in sorted(dashboard["hosts"].items())))
    for kind, disks in sorted(dashboard["disks"].items()):
        print("%s disks: %d total, %d healthy, %d warning, %d error"
              % (kind, disks["total"], disks["healthy"], disks["warning"], disks["error"]))
    print("recycle bin: %(count)d VMs, %(size)s (%(size_release_today)s released today)"
          % dashboard["recycle_bin_info"])
    for item in dashboard["data_recovery"]:
        print("recovering %(cluster)s: %(recover_data_size)s at %(speed)s" % item)
    if "cluster_info" in dashboard:
        print("cluster: %s" % dashboard["cluster_info"])


if __name__ == "__main__":
    api_client = ApiClient(Configuration(host=os.environ["CLOUDTOWER_ENDPOINT"]))
    login(api_client, os.environ["CLOUDTOWER_USERNAME"], os.environ["CLOUDTOWER_PASSWORD"])
    print("== all clusters")
    print_dashboard(build_dashboard(api_client))
    first_cluster = ClusterApi(api_client).get_clusters({"first": 1})[0]
    print("== cluster %s" % first_cluster.name)
    print_dashboard(build_dashboard(api_client, cluster_id=first_cluster.id))
    api_client.close()
