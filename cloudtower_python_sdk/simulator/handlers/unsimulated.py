# coding: utf-8
"""The operations the simulator refuses with 501, each with the reason (the README lists them too).

An operation here needs something a simulated world has no stand-in for: real servers, a guest
operating system, an application registry.  Anything else has a handler.
"""
from .registry import handles

REASONS = {
    "create_host": "adding servers deploys SMTX OS on real machines",
    "get_discover_hosts": "discovering servers scans a real network for unassigned machines",
    "connect_cluster": "connecting a cluster needs a real cluster answering at the address given",
    "deploy_cloud_tower_application": "applications are deployed from packages of a real application registry",
    "upgrade_cloud_tower_application": "applications are upgraded from packages of a real application registry",
    "uninstall_cloud_tower_application": "applications exist only where a real registry deployed them",
    "switch_gpu_device_sriov": "SR-IOV is switched in a real GPU's driver",
    "trigger_disk_blink": "it blinks the LED of a physical disk",
    "get_meta_leader": "the meta leader is elected inside a real SMTX ZBS storage service",
    "get_witness_services": "witness services run on the witness node of a real stretched cluster",
    "batch_create_virtual_private_cloud_floating_ips": "floating IPs are allocated by a real Everoute VPC gateway",
    "disassociate_system_service_from_obs_service": "system services report to a real observability service",
    "clear_system_service_alert_notification_config": "alert notification of system services lives in a real "
                                                      "observability service",
    "reset_vm_guest_os_password": "the password lives in the guest operating system, which is not simulated",
}


def _refuse(reason):
    def handler(call):
        raise call.not_simulated(reason)
    return handler


for _name, _reason in REASONS.items():
    handles(_name)(_refuse(_reason))
